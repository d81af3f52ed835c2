import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server serves web/dist at / and the API at /graphql on one port; in development the
// Vite dev server proxies /graphql to the API listener.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
