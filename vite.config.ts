import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portal: Vite's root is the repository root (index.html loads src/web/main.tsx).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The server's CSP allows no inline scripts; Vite emits none, and module preloads are files.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
