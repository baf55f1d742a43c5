/** Serves the built app (dist/) on 127.0.0.1 with Vite's preview server, on a free port. */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { LAN_HOST } from './browser';

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    // Vite answers only the host names it is told of (DNS rebinding): 127.0.0.1, and the tests' LAN name for it.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false, allowedHosts: [LAN_HOST] },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
