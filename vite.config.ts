import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstView } from './scripts/build/firstView/firstViewPlugin';
import { preloadFirstScreen } from './scripts/build/preloadAssets';
import { markerSheets } from './scripts/build/markerSheets';
import { preloadLazyChunk } from './scripts/build/preloadLazyChunk';
import { publicDataGuard } from './scripts/build/publicDataGuard';
import { extraImageryOrigins } from './scripts/build/securityHeaders';
import { interviewPage, securityPolicy } from './scripts/build/securityPolicy';

// The data the public build checks and ships; FACILITY_ATLAS_DATA_FOLDER points it elsewhere (tests of the gate).
const DATA_FOLDER = process.env.FACILITY_ATLAS_DATA_FOLDER ?? fileURLToPath(new URL('./data/geojson', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const dataGuard = publicDataGuard(DATA_FOLDER);

export default defineConfig({
  plugins: [
    react(),
    dataGuard,
    // The map page's default view painted from index.html while the app loads (made from what the gate passed).
    firstView({ checked: dataGuard.api.checked, basemap: fileURLToPath(new URL('./data/basemap/korea-region.geojson', import.meta.url)) }),
    preloadLazyChunk('src/map/MapView.tsx'),
    preloadFirstScreen('src/map/MapView.tsx'),
    markerSheets(),
    securityPolicy(extraImageryOrigins(process.env.IMAGERY_HOSTS)),
    interviewPage(),
    // The service worker (src/sw/sw.ts) precaches every file of the build, so the app works offline after one
    // visit; registered by src/app/serviceWorker.ts, never in dev.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // rgba: the map's marker sheets (scripts/build/markerSheets.ts).
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,glb,gltf,png,jpg,svg,woff2,rgba}'],
        // maplibre's and three's chunks, the basemap and the data files are each well over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
    }),
  ],
  // Written into every export's manifest, so a bundle says which version of the app made it.
  define: { __APP_VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    // Interview mode has a page of its own, so it can carry the strictest security policy.
    rolldownOptions: { input: { index: 'index.html', interview: 'interview.html' } },
  },
});
