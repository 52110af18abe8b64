/**
 * The import graph follows the data's flow (docs/ARCHITECTURE.md, "Flow and folders"): each
 * folder imports only from folders earlier in the line, utils/ uses no browser API outside
 * utils/extension/, and Node's modules appear only in utils/node/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The line, lowest first. A folder may import from its own layer and any layer before it. */
const LAYERS: string[][] = [
  ['utils/text', 'utils/i18n'],
  ['utils/corpus'],
  ['utils/index-build'],
  ['utils/bundle'],
  ['utils/store'],
  ['utils/search'],
  ['utils/sites'],
  ['utils/ui'],
  ['utils/extension'],
  ['components'],
  ['entrypoints'],
];
/** Node-only code (CLI, bundle writer, build hook) sits beside the line: everything but the extension glue. */
const NODE_FOLDER = 'utils/node';
const NODE_MAY_IMPORT = LAYERS.findIndex((l) => l.includes('utils/ui'));

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_ROOTS = ['utils', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The folder (a key of LAYERS or NODE_FOLDER) a repository path belongs to, or null. */
function folderOf(path: string): string | null {
  if (path.startsWith(`${NODE_FOLDER}/`)) return NODE_FOLDER;
  for (const layer of LAYERS)
    for (const folder of layer) if (path === folder || path.startsWith(`${folder}/`)) return folder;
  return null;
}

function layerOf(folder: string): number {
  return folder === NODE_FOLDER ? NODE_MAY_IMPORT : LAYERS.findIndex((l) => l.includes(folder));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

const files = SOURCE_ROOTS.flatMap(sourceFiles);

describe('architecture', () => {
  test('every source folder has its place in the line', () => {
    const unplaced = files.filter((f) => folderOf(f) === null);
    expect(unplaced).toEqual([]);
  });

  test('imports point down the line: no folder imports from a later one', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file)!;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
        const to = folderOf(target);
        if (to === null) continue;
        const allowed =
          to === from ||
          (to !== NODE_FOLDER &&
            layerOf(to) <= layerOf(from) &&
            !(from === NODE_FOLDER && to === 'utils/extension'));
        if (!allowed) upward.push(`${file} imports ${target} (${from} → ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  test('utils/ uses no browser extension API outside utils/extension/', () => {
    const offending = files.filter(
      (f) =>
        f.startsWith('utils/') &&
        !f.startsWith('utils/extension/') &&
        (importsOf(f).some((s) => s === 'wxt/browser' || s.startsWith('wxt/utils')) ||
          /\b(?:browser|chrome)\.(?:runtime|storage|tabs|action|sidePanel|alarms|permissions|notifications|scripting)\b/.test(
            readFileSync(join(ROOT, f), 'utf8'),
          )),
    );
    expect(offending).toEqual([]);
  });

  test("Node's modules only in utils/node/, Dexie only in the store", () => {
    const misplaced: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('node:') && !file.startsWith(`${NODE_FOLDER}/`))
          misplaced.push(`${file}: ${spec}`);
        if (spec === 'dexie' && !file.startsWith('utils/store/'))
          misplaced.push(`${file}: ${spec}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  test('the checks see the real tree', () => {
    // Guards the test itself: a broken walk or pattern would make every check above pass vacuously.
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf('utils/search/search.ts').length).toBeGreaterThan(5);
  });
});
