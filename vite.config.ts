import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { preloadFirstScreen } from './scripts/build/preloadAssets';
import { markerSheets } from './scripts/build/markerSheets';
import { preloadLazyChunk } from './scripts/build/preloadLazyChunk';
import { publicDataGuard } from './scripts/build/publicDataGuard';

// The data the public build checks and ships; FACILITY_ATLAS_DATA_FOLDER points it elsewhere (tests of the gate).
const DATA_FOLDER = process.env.FACILITY_ATLAS_DATA_FOLDER ?? fileURLToPath(new URL('./data/geojson', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [react(), publicDataGuard(DATA_FOLDER), preloadLazyChunk('src/map/MapView.tsx'), preloadFirstScreen('src/map/MapView.tsx'), markerSheets()],
  // Written into every export's manifest, so a bundle says which version of the app made it.
  define: { __APP_VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
