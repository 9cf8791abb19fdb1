import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The shared libraries are CommonJS packages for the API; the dashboard bundles their
// TypeScript sources instead, so it never depends on their build output.
const libSource = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // Gzip and Brotli copies beside each asset, made once at build time: the API sends the one the
    // browser accepts, so no replica spends CPU compressing the same bytes on every request.
    compression({ algorithms: ['gzip', 'brotliCompress'], include: /\.(js|css|svg|json|html)$/, threshold: 1024 }),
  ],
  resolve: {
    alias: {
      '@ethics/domain': libSource('domain'),
      '@ethics/authz': libSource('authz'),
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for decoding production stack traces, without the bundles pointing browsers at them.
    sourcemap: 'hidden',
  },
});
