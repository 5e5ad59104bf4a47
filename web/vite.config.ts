/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const target = process.env.API_TARGET ?? 'http://localhost:8080';
const proxy = Object.fromEntries(
  ['/api', '/actuator', '/v3'].map(path => [path, { target, changeOrigin: false }]),
);

export default defineConfig({
  base: '/',
  plugins: [react()],
  // One preact for the whole app: form-js-editor ships its own older copy, and its properties panel (shared with
  // bpmn-js-properties-panel) uses the top-level one; two copies break preact hooks in the form editor.
  resolve: { dedupe: ['preact'] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 4000 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
