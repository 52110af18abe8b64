/**
 * A sync source both browsers reach the same way: a local HTTP server on 127.0.0.1 (an
 * address the options page accepts over http) serving a bundle directory, with faults on
 * demand. Playwright's routing (tests/bench/extension-bench.ts serveBundle) does not exist in
 * Firefox, and BiDi interception is per tab, while the sync runs in the background page.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export type ServerFault = undefined | { status: number } | { corrupt: true };

export interface BundleServer {
  /** The manifest URL to give setSyncSource. */
  url: string;
  /** Paths requested (relative to the bundle root), in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface BundleServerOptions {
  fault?: (path: string) => ServerFault;
  /**
   * Send `Access-Control-Allow-Origin: *` (default). Without it only an extension granted the
   * host permission can read the bundle: a test of the options page's permission request.
   */
  cors?: boolean;
}

export async function serveBundleOverHttp(
  dir: string,
  { fault, cors = true }: BundleServerOptions = {},
): Promise<BundleServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    requests.push(path);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cors) headers['access-control-allow-origin'] = '*';
    const file = join(dir, normalize(path));
    const f = fault?.(path);
    if (f && 'status' in f) return void response.writeHead(f.status, headers).end('Not found');
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile())
      return void response.writeHead(404, headers).end('Not found');
    const body = Buffer.from(readFileSync(file));
    if (f && 'corrupt' in f) {
      // Same length, one byte different: only the hash can tell.
      const at = Math.floor(body.length / 2);
      body[at] = body[at] === 0x61 ? 0x62 : 0x61;
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/manifest.json`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
