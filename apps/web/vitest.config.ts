import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./src/testing/setup.ts'],
      // One jsdom and one module graph for all files halves the run. It holds because tests stub
      // globals (fetch) and never vi.mock() modules; a test that needs vi.mock must go back to
      // isolated files.
      isolate: false,
      restoreMocks: true,
      // Form tests type and upload through user-event: seconds on a shared, busy machine. A hang
      // still fails, later; speed is measured by benchmarks, not by these timeouts.
      testTimeout: 30_000,
      unstubGlobals: true,
    },
  }),
);
