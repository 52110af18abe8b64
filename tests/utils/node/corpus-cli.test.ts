import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, seedText } from '../../support/seed';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('utils/node/corpus-cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'kamerlezer-cli-'));

function run(...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** One line on stderr, naming the file, no stack trace. */
function expectOneLineError(result: ReturnType<typeof run>, path: string, line?: number) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(line === undefined ? `${path}:` : `${path}:${line}:`)).toBe(true);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('corpus CLI', () => {
  it('parse prints the corpus JSON of DESIGN.md §5', () => {
    const result = run('parse', SEED_PATH);
    expect(result.code).toBe(0);
    const corpus = JSON.parse(result.stdout);
    expect(corpus.documents).toHaveLength(19);
    expect(corpus.warnings).toEqual([]);
    const doc = corpus.documents[0];
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'submitters',
        'addressees',
        'status',
        'occurrences',
        'questions',
        'references',
        'warnings',
      ]),
    );
    expect(doc.occurrences).toBe(2);
    expect(doc.questions[0]).toMatchObject({ number: 1, footnotes: [], answeredWith: [] });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), undefined],
    ['a directory', () => dir, undefined],
    ['an empty file', () => file('empty.txt', ''), undefined],
    [
      'a binary file',
      () => file('binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10, 0x0a, 0x00])),
      1,
    ],
    [
      'an HTML page',
      () => file('page.html', '<!DOCTYPE html>\n<html><body><p>Kamervragen</p></body></html>\n'),
      1,
    ],
    [
      'text without records',
      () => file('notes.txt', 'Dit is een gewone notitie.\nZonder kopregels.\n'),
      undefined,
    ],
    ['a second line of binary', () => file('half.txt', 'Titel |\n\u0000\u0001\u0002'), 2],
  ])('rejects %s with one line naming the file', (_what, make, line) => {
    const path = make();
    expectOneLineError(run('parse', path), path, line);
  });

  it('yields the complete records of a truncated file, with a warning for the cut one', () => {
    const cutAt = seedText.indexOf('Hoeveel zou de voorgenomen cloudmigratie kosten?') + 20;
    const path = file('cut.txt', Buffer.from(seedText.slice(0, cutAt)));
    const result = run('parse', path);
    expect(result.code).toBe(0);
    const corpus = JSON.parse(result.stdout);
    expect(corpus.documents).toHaveLength(18);
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: 'truncated', line: 742 })]);
  });

  it('reads a file cut in the middle of a UTF-8 character', () => {
    const bytes = Buffer.from(seedText, 'utf8');
    // "ë" is two bytes in UTF-8: cut after the first.
    const at = bytes.indexOf(Buffer.from('ë'), bytes.length / 2) + 1;
    expect(at).toBeGreaterThan(bytes.length / 2);
    const result = run('parse', file('mid-char.txt', bytes.subarray(0, at)));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).warnings[0].code).toBe('truncated');
  });

  it('reads a Windows-1252 file with a warning, and UTF-16 with a BOM', () => {
    const latin = Buffer.from(
      seedText.replace(
        /[’“”«»–é—]/g,
        (c) =>
          (({ '’': "'", '“': '"', '”': '"', '–': '-', '—': '-' }) as Record<string, string>)[c] ??
          c,
      ),
      'latin1',
    );
    const result = run('parse', file('latin1.txt', latin));
    expect(result.code).toBe(0);
    const corpus = JSON.parse(result.stdout);
    expect(corpus.documents).toHaveLength(19);
    expect(corpus.warnings[0].code).toBe('encoding');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const parsed16 = JSON.parse(run('parse', file('utf16.txt', utf16)).stdout);
    expect(parsed16.documents.map((d: { id: string }) => d.id)).toEqual(
      JSON.parse(run('parse', SEED_PATH).stdout).documents.map((d: { id: string }) => d.id),
    );
  });

  it('answers a bad command with usage on one line', () => {
    const result = run('frobnicate');
    expect(result.code).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^usage: corpus parse/);
  });

  it('synth writes a deterministic corpus the parser reads back', () => {
    const a = join(dir, 'synth-a.txt');
    const b = join(dir, 'synth-b.txt');
    expect(run('synth', '--sets', '60', '--out', a, '--seed', '5').code).toBe(0);
    expect(run('synth', '--sets', '60', '--out', b, '--seed', '5').code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const corpus = JSON.parse(run('parse', a).stdout);
    expect(corpus.documents.length).toBeGreaterThan(50);
    expect(corpus.warnings).toEqual([]);
  });

  it('build writes a bundle through the bundle writer', () => {
    const out = join(dir, 'bundle');
    const result = run('build', SEED_PATH, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(out).length).toBeGreaterThan(1);
  });

  it('build on bad input fails like parse, before writing anything', () => {
    const path = file('bad.html', '<html><body></body></html>');
    const out = join(dir, 'never');
    expectOneLineError(run('build', path, '--out', out), path, 1);
    expect(existsSync(out)).toBe(false);
  });
});
