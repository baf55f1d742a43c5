/** Serves the built app (dist/) on 127.0.0.1 with Vite's preview server, on a free port. */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { LAN_HOST } from './browser';

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves dist/, or `outDir` (a copy of it a test changes, e.g. to publish a new version of the app). */
export async function startAppServer(outDir = 'dist'): Promise<AppServer> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first (npm test does).`);
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    // Vite answers only the host names it is told of (DNS rebinding): 127.0.0.1, and the tests' LAN name for it.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false, allowedHosts: [LAN_HOST] },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
