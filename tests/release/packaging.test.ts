/**
 * The store packages (run after `wxt zip` and `wxt zip -b firefox`, as tests/run-all.sh does):
 * each zip holds the extension with its manifest at the root and nothing else — no tests, no
 * sources, no source maps — and the Firefox sources zip (what AMO reviewers build from) holds the
 * sources without tests, benchmark output or tools, and really builds the same extension.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
// jszip: what WXT itself zips with (and web-ext pins), already installed through both.
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';

const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
const zipPath = (name: string) => `.output/kamerlezer-${version}-${name}.zip`;

async function open(name: string): Promise<JSZip> {
  const path = zipPath(name);
  if (!existsSync(path))
    throw new Error(`${path} missing: run \`npx wxt zip && npx wxt zip -b firefox\` first`);
  return JSZip.loadAsync(readFileSync(path));
}

const files = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);

describe.each([
  ['chrome', 3],
  ['firefox', 2],
])('%s zip', (name, manifestVersion) => {
  test('holds the built extension, manifest at the root, nothing from the source tree', async () => {
    const zip = await open(name);
    const names = files(zip);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.version).toBe(version);
    for (const page of [
      'popup.html',
      'sidepanel.html',
      'reader.html',
      'options.html',
      'overview.html',
      'background.js',
      'corpus/manifest.json',
    ]) {
      expect(
        names.some(
          (n) =>
            n === page || (page === 'background.js' && manifest.background?.scripts?.includes(n)),
        ),
        page,
      ).toBe(true);
    }
    expect(
      names.filter(
        (n) =>
          /\.(map|ts|tsx)$/.test(n) ||
          /^(tests|utils|components|entrypoints|node_modules|bench-out|\.ci|docs)\//.test(n),
      ),
    ).toEqual([]);
  });
});

describe('firefox sources zip', () => {
  let workDir: string | undefined;
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('holds the sources and build config, not tests, benchmark output, tools or maps', async () => {
    const names = files(await open('sources'));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'assets/corpus/kamervragen-seed.txt',
      'entrypoints/background/index.ts',
      'utils/node/seed-hook.ts',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(
      names.filter(
        (n) =>
          /^(tests|bench-out|node_modules|\.output|\.wxt|\.ci|docs)\//.test(n) ||
          /^utils\/node\/(corpus-cli|write-synth|synth)\.ts$/.test(n) ||
          /\.(map|zip|log)$/.test(n),
      ),
    ).toEqual([]);
  });

  test('builds the same extension as the Firefox zip holds', async () => {
    const sources = await open('sources');
    workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-sources-'));
    for (const name of files(sources)) {
      const target = join(workDir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await sources.file(name)!.async('nodebuffer'));
    }
    // A reviewer runs `npm ci`; the installed tree is the same lockfile's.
    symlinkSync(resolve('node_modules'), join(workDir, 'node_modules'));
    // As from a shell: without vitest's NODE_ENV=test and VITEST* variables, which change the bundle.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'),
      ),
    );
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: workDir, stdio: 'ignore', env });
    const built = join(workDir, '.output', 'firefox-mv2');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [relative(built, join(dir, e.name))],
      );
    const firefox = await open('firefox');
    expect(walk(built).sort()).toEqual(files(firefox).sort());
    for (const name of files(firefox)) {
      expect(
        readFileSync(join(built, name)).equals(await firefox.file(name)!.async('nodebuffer')),
        name,
      ).toBe(true);
    }
  }, 120_000);
});
