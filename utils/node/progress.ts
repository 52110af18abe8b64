/**
 * Progress of an import on stderr: sets, publications, requests, ETA. On a terminal one line is
 * redrawn; otherwise (CI logs) a line every few seconds. Never on stdout, which holds the JSON.
 */
import type { ImportProgress } from '../corpus/official/import';
import type { ClientStats } from '../corpus/official/http';

export function progressReporter(
  stats: ClientStats,
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
): { update: (p: ImportProgress) => void; done: () => void } {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let lastLine = 0;
  let last: ImportProgress | null = null;
  const line = (p: ImportProgress) => {
    const elapsed = (Date.now() - started) / 1000;
    const left = p.documentsQueued - p.documentsDone;
    const rate = p.documentsDone / Math.max(elapsed, 0.001);
    const eta =
      left > 0 && rate > 0 ? `, ETA ${Math.ceil(left / rate)} s (pages still coming)` : '';
    const width = 20;
    const share = p.documentsQueued > 0 ? p.documentsDone / p.documentsQueued : 0;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    return `[${bar}] ${p.zaken} sets, ${p.documentsDone}/${p.documentsQueued} publications, ${p.pages} pages, ${stats.requests} requests (${stats.retries} retries, ${stats.cacheHits} cached)${eta}`;
  };
  return {
    update(p) {
      if (quiet) return;
      last = p;
      const now = Date.now();
      if (tty) {
        if (now - lastLine < 100) return;
        lastLine = now;
        stream.write(`\r${line(p)}\u001b[K`);
      } else if (now - lastLine >= 5000) {
        lastLine = now;
        stream.write(line(p) + '\n');
      }
    },
    done() {
      if (quiet || !last) return;
      stream.write((tty ? `\r${line(last)}\u001b[K` : line(last)) + '\n');
    },
  };
}
