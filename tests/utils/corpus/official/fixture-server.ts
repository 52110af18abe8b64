/**
 * A local HTTP server in the shapes of the official sources, for the importer's tests:
 *   /odata/Zaak…               the OData pages of tests/fixtures/official (page 2 by $skiptoken=2)
 *   /ob/<id>.xml, /ob/<id>.html publications from tests/fixtures/official/ob (404 otherwise)
 * Faults are queued per path and served once each, in order: a status with headers (429 with
 * Retry-After, 500), a hang (no answer: the client's timeout), a truncated file, an HTML error
 * page. The server counts requests and the most it had in flight at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve('tests/fixtures/official');

export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { hang: true }
  | { truncate: true }
  | { htmlError: true };

export interface FixtureServer {
  base: string;
  odata: string;
  ob: string;
  requests: string[];
  maxInFlight: number;
  faults: Map<string, Fault[]>;
  /** Replace what a path serves (e.g. a changed OData page for an incremental run). */
  override: Map<string, () => { status?: number; type: string; body: string }>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Delay before each answer (to see concurrency). */
  delayMs?: number;
  /** Answer OData with these pages instead of the fixtures: skiptoken → JSON text (with {{odata}}). */
  pages?: (skiptoken: string | null, url: URL) => string;
  /** Serve publications from this function instead of the fixture directory. */
  publication?: (file: string) => string | null;
  /** Listen on this port (0: any free one), so a later run sees the same source URL. */
  port?: number;
}

export async function startFixtureServer(options: ServeOptions = {}): Promise<FixtureServer> {
  let inFlight = 0;
  const hanging: ServerResponse[] = [];
  const state: Omit<FixtureServer, 'close' | 'base' | 'odata' | 'ob'> = {
    requests: [],
    maxInFlight: 0,
    faults: new Map(),
    override: new Map(),
  };
  let base = '';
  const odataBase = () => `${base}/odata/`;

  const body = (path: string, url: URL): { status: number; type: string; body: string } => {
    const custom = state.override.get(path);
    if (custom) {
      const c = custom();
      return { status: c.status ?? 200, type: c.type, body: c.body };
    }
    if (path === '/odata/Zaak') {
      const skip = url.searchParams.get('$skiptoken');
      const text = options.pages
        ? options.pages(skip, url)
        : readFileSync(
            join(FIXTURES, skip === '2' ? 'odata-zaak-page2.json' : 'odata-zaak-page1.json'),
            'utf8',
          );
      return {
        status: 200,
        type: 'application/json; odata.metadata=minimal',
        body: text.replaceAll('{{odata}}', odataBase()),
      };
    }
    if (path.startsWith('/ob/')) {
      const file = path.slice(4);
      const text = options.publication
        ? options.publication(file)
        : /^[\w.-]+$/.test(file) && existsSync(join(FIXTURES, 'ob', file))
          ? readFileSync(join(FIXTURES, 'ob', file), 'utf8')
          : null;
      if (text === null)
        return {
          status: 404,
          type: 'text/html',
          body: '<!DOCTYPE html><title>Niet gevonden</title>',
        };
      return {
        status: 200,
        type: file.endsWith('.xml') ? 'application/xml' : 'text/html; charset=utf-8',
        body: text,
      };
    }
    return { status: 404, type: 'text/plain', body: 'not found' };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    state.requests.push(path + url.search);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const answer = () => {
      const fault = state.faults.get(path)?.shift();
      if (fault && 'hang' in fault) {
        hanging.push(res);
        return;
      }
      if (fault && 'status' in fault) {
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers });
        res.end(fault.body ?? `status ${fault.status}`);
        return;
      }
      if (fault && 'htmlError' in fault) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(FIXTURES, 'error-page.html'), 'utf8'));
        return;
      }
      const b = body(path, url);
      const text =
        fault && 'truncate' in fault ? b.body.slice(0, Math.floor(b.body.length * 0.6)) : b.body;
      res.writeHead(b.status, { 'content-type': b.type });
      res.end(text);
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  await new Promise<void>((r) => server.listen(options.port ?? 0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    base,
    odata: odataBase(),
    ob: `${base}/ob/`,
    close: () =>
      new Promise<void>((r) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
}
