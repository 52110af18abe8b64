/**
 * A sync source that misbehaves, for the browser tests of issue 17: a real HTTP server on
 * 127.0.0.1 (Playwright's routing cannot stream a body that never ends or stalls half-way)
 * serving a bundle directory, with a fault per path. CORS is open, as a real source's must be;
 * the extension needs no host permission to read it then.
 *
 * Also: peak memory of the whole browser (every Chromium process of the profile, from /proc),
 * so a test can say what a fault cost.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ServerFault =
  | undefined
  /** Answer with this response instead of the file. */
  | { respond: (req: IncomingMessage, res: ServerResponse) => void }
  /** Send a few bytes, then nothing, for ever. */
  | { stall: true }
  /** Send bytes for ever. */
  | { endless: true }
  /** Hold the request until the client gives up; `closed` counts those the client aborted. */
  | { hold: true };

export interface HostileServer {
  origin: string;
  /** Manifest URL of the bundle served at /<name>/. */
  url(name?: string): string;
  /** Paths requested, in order (relative to the origin). */
  requests: string[];
  /** Held requests the client closed (aborted) before an answer. */
  closedByClient: string[];
  /** Bytes written to responses so far. */
  bytesSent(): number;
  setFault(fault: (path: string) => ServerFault): void;
  close(): Promise<void>;
}

export async function hostileServer(
  dirs: Record<string, string>,
  host = '127.0.0.1',
): Promise<HostileServer> {
  const requests: string[] = [];
  const closedByClient: string[] = [];
  let sent = 0;
  let faultOf: (path: string) => ServerFault = () => undefined;
  const cors = { 'access-control-allow-origin': '*' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const count = (chunk: Buffer | string) => {
      sent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return res.write(chunk);
    };
    const fault = faultOf(path);
    if (fault && 'respond' in fault) return fault.respond(req, res);
    if (fault && 'hold' in fault) {
      res.on('close', () => {
        if (!res.writableEnded) closedByClient.push(path);
      });
      return;
    }
    if (fault && 'stall' in fault) {
      res.writeHead(200, { ...cors, 'content-type': 'application/octet-stream' });
      count(Buffer.from([0x1f, 0x8b, 0x08, 0]));
      return;
    }
    if (fault && 'endless' in fault) {
      res.writeHead(200, { ...cors, 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 7);
      const pump = () => {
        while (!res.destroyed && count(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    const [, name, ...rest] = path.split('/');
    const dir = dirs[name];
    const file = dir && join(dir, ...rest);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, cors);
      return res.end('Not found');
    }
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    const body = readFileSync(file);
    count(body);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (name = 'bundle') => `${origin}/${name}/manifest.json`,
    requests,
    closedByClient,
    bytesSent: () => sent,
    setFault: (fault) => (faultOf = fault),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resident memory of every process whose command line names `profileDir` (the browser's), in bytes. */
export function browserRss(profileDir: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profileDir) && !cmdline.includes('--type=')) continue;
      if (!cmdline.includes('chromium') && !cmdline.includes('chrome')) continue;
      // Renderers and utilities carry no profile path: count them by their parent browser.
      if (!cmdline.includes(profileDir) && !parentNames(pid, profileDir)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

function parentNames(pid: string, profileDir: string): boolean {
  for (let p = pid, depth = 0; depth < 4; depth++) {
    const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (!ppid || ppid === '0' || ppid === '1') return false;
    try {
      if (readFileSync(`/proc/${ppid}/cmdline`, 'utf8').includes(profileDir)) return true;
    } catch {
      return false;
    }
    p = ppid;
  }
  return false;
}

/** Sample browserRss every `ms` until stopped; returns the peak. */
export function peakRss(profileDir: string, ms = 100): { stop(): number } {
  let peak = browserRss(profileDir);
  const timer = setInterval(() => (peak = Math.max(peak, browserRss(profileDir))), ms);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, browserRss(profileDir));
    },
  };
}
