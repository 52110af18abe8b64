/**
 * Fuzz: a fixed-seed PRNG makes thousands of random mutations of the seed (lines deleted,
 * duplicated, swapped; bytes cut; junk inserted; re-encoded). parseCorpus must either return a
 * well-formed corpus or throw a CorpusError — nothing else — and the CLI must never print a stack.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../utils/corpus/errors';
import { parseCorpus } from '../../../utils/corpus/parse';
import { mulberry32 } from '../../../utils/node/synth';
import { seedText } from '../../support/seed';

const JUNK = [
  '|',
  ' |',
  '![]() |',
  '?',
  '??1 2 3',
  '<div>',
  '\u0000',
  '\uFFFD',
  '«',
  '»»',
  'motie-',
  'Kamerstuk 26 643, nr.',
  '(minister , ',
  '\r',
  '\t',
  'vragen 1 t/m 999999',
  '0',
  '1?2',
  ' ',
  '',
];

type Mutation = (lines: string[], next: () => number) => string[];

const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (lines, next) => lines.filter((_, i) => i !== Math.floor(next() * lines.length)),
  duplicateLine: (lines, next) => {
    const i = Math.floor(next() * lines.length);
    return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)];
  },
  swapLines: (lines, next) => {
    const copy = [...lines];
    const i = Math.floor(next() * copy.length);
    const j = Math.floor(next() * copy.length);
    [copy[i], copy[j]] = [copy[j], copy[i]];
    return copy;
  },
  insertJunk: (lines, next) => {
    const i = Math.floor(next() * lines.length);
    const junk = JUNK[Math.floor(next() * JUNK.length)];
    return next() < 0.5
      ? [...lines.slice(0, i), junk, ...lines.slice(i)]
      : lines.map((l, k) =>
          k === i
            ? l.slice(0, Math.floor(next() * l.length)) +
              junk +
              l.slice(Math.floor(next() * l.length))
            : l,
        );
  },
  cutLine: (lines, next) => {
    const i = Math.floor(next() * lines.length);
    return lines.map((l, k) => (k === i ? l.slice(0, Math.floor(next() * l.length)) : l));
  },
  dropHeaderBar: (lines, next) => {
    const bars = lines.map((l, i) => (l === '|' ? i : -1)).filter((i) => i >= 0);
    const drop = bars[Math.floor(next() * bars.length)];
    return lines.filter((_, i) => i !== drop);
  },
};

function mutate(text: string, next: () => number): string {
  let lines = text.split('\n');
  const names = Object.keys(MUTATIONS);
  const rounds = 1 + Math.floor(next() * 6);
  for (let r = 0; r < rounds && lines.length > 0; r++)
    lines = MUTATIONS[names[Math.floor(next() * names.length)]](lines, next);
  let out = lines.join(next() < 0.2 ? '\r\n' : '\n');
  const roll = next();
  if (roll < 0.1)
    out = out.slice(0, Math.floor(next() * out.length)); // cut anywhere
  else if (roll < 0.15)
    out = Buffer.from(out, 'utf8').toString('latin1'); // mojibake
  else if (roll < 0.18)
    out = Buffer.from(out, 'utf16le').toString('utf8'); // wrong decoder
  else if (roll < 0.22) out = '\uFEFF' + out.replace(/ /g, (m) => (next() < 0.05 ? '\u00A0' : m));
  return out;
}

/** A base of a few consecutive records of the seed (or all of it), so each parse stays quick. */
function base(next: () => number): string {
  if (next() < 0.1) return seedText;
  const lines = seedText.split('\n');
  const titles = lines
    .map((l, i) => (/ \|$/.test(l) && lines[i + 1] === '|' && lines[i - 1] !== '|' ? i : -1))
    .filter((i) => i >= 0);
  const from = Math.floor(next() * titles.length);
  const to = Math.min(titles.length, from + 1 + Math.floor(next() * 4));
  return lines.slice(titles[from], to < titles.length ? titles[to] : lines.length).join('\n');
}

describe('fuzz', () => {
  it('parseCorpus returns a well-formed corpus or throws CorpusError on 3,000 mutations of the seed', () => {
    const next = mulberry32(20260429);
    const outcomes = { parsed: 0, rejected: 0 };
    for (let n = 0; n < 3000; n++) {
      const text = mutate(base(next), next);
      let corpus;
      try {
        corpus = parseCorpus(text, `mutant-${n}`);
      } catch (error) {
        if (!(error instanceof CorpusError)) throw new Error(`mutant ${n} threw ${String(error)}`);
        expect(error.file).toBe(`mutant-${n}`);
        outcomes.rejected++;
        continue;
      }
      outcomes.parsed++;
      const lineCount = text.split(/\r\n|\r|\n/).length;
      const ids = new Set<string>();
      for (const doc of corpus.documents) {
        expect(ids.has(doc.id)).toBe(false);
        ids.add(doc.id);
        expect(doc.questions.map((q) => q.number)).toEqual(doc.questions.map((_, i) => i + 1));
        for (const w of doc.warnings) expect(w.line >= 1 && w.line <= lineCount).toBe(true);
        for (const r of doc.references)
          if (r.question !== null) expect(r.question <= doc.questions.length).toBe(true);
      }
    }
    // The mutations must exercise both outcomes, or the fuzz proves nothing.
    expect(outcomes.parsed).toBeGreaterThan(2000);
    expect(outcomes.rejected).toBeGreaterThan(20);
  }, 120_000);

  it('the CLI answers mutated files with JSON or one error line, never a stack trace', () => {
    const next = mulberry32(7);
    const dir = mkdtempSync(join(tmpdir(), 'kamerlezer-fuzz-'));
    for (let n = 0; n < 8; n++) {
      const path = join(dir, `mutant-${n}.txt`);
      const text = mutate(base(next), next);
      // Half the files are written as raw bytes cut anywhere, the others as text.
      writeFileSync(
        path,
        n % 2 === 0
          ? Buffer.from(text, 'utf8').subarray(
              0,
              Math.floor(Buffer.byteLength(text) * (0.3 + next() * 0.7)),
            )
          : text,
      );
      const result = spawnSync(
        resolve('node_modules/.bin/tsx'),
        [resolve('utils/node/corpus-cli.ts'), 'parse', path],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
      if (result.status === 0) expect(() => JSON.parse(result.stdout)).not.toThrow();
      else {
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr.startsWith(path)).toBe(true);
      }
    }
  }, 60_000);
});
