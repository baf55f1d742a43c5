/**
 * A local tile server standing in for every imagery provider: answers any /z/x/y path with a solid-colour PNG
 * (so a screenshot shows whether tiles were drawn), or with HTTP 500 when told to fail. Records every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';

export interface TileServer {
  url: string;
  requests: string[];
  setFailing: (failing: boolean) => void;
  close: () => Promise<void>;
}

/** A 256×256 opaque PNG of one colour. */
export function solidTile([red, green, blue]: readonly [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let offset = 0; offset < png.data.length; offset += 4) {
    png.data[offset] = red;
    png.data[offset + 1] = green;
    png.data[offset + 2] = blue;
    png.data[offset + 3] = 255;
  }
  return PNG.sync.write(png);
}

export async function startTileServer(colour: readonly [number, number, number]): Promise<TileServer> {
  const tile = solidTile(colour);
  const requests: string[] = [];
  let failing = false;
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (failing) {
      response.writeHead(500, { 'access-control-allow-origin': '*' }).end('SYNTHETIC failure');
      return;
    }
    response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFailing: (value) => (failing = value),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
