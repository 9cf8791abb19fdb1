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
      // Collected by `npm test` (--coverage), not by a run of single files, where the totals mean nothing.
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        exclude: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
        reportsDirectory: '../../coverage/web',
        reporter: ['text-summary', 'html', 'json-summary'],
        // Today's level less a margin: a fall below fails the run. Raise them as coverage grows.
        thresholds: { statements: 43, branches: 34, functions: 36, lines: 45 },
      },
    },
  }),
);
