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
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app (longer cached),
        // and the login screen loads only `react`. The views are split with React.lazy (App.tsx);
        // xlsx and the map's topology are loaded on demand.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|urql|@urql|wonka|@0no-co|gql\.tada)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store|clsx|internmap|d3-(array|color|ease|format|interpolate|path|scale|shape|time|time-format|timer))[\\/]/ },
            { name: 'geo', test: /node_modules[\\/](d3-geo|topojson-client)[\\/]/ },
          ],
        },
      },
    },
  },
});
