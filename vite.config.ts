import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { publicDataGuard } from './scripts/build/publicDataGuard';

const DATA_FOLDER = fileURLToPath(new URL('./data/geojson', import.meta.url));

export default defineConfig({
  plugins: [react(), publicDataGuard(DATA_FOLDER)],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    // Data files stay files, however small: the loader names problems by file, and a dataset reads the same in
    // the browser as on disk. Other small assets follow Vite's default.
    assetsInlineLimit: (file) => (file.includes('/data/geojson/') ? false : undefined),
  },
});
