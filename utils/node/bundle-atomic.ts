/**
 * Write a bundle so that a reader (or a web server publishing the directory) never sees half of
 * it: build it in a temporary sibling directory, then swap it in with renames. An interrupted
 * build leaves the previous bundle as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BuildBundleOptions } from '../bundle/build';
import type { BundleManifest } from '../bundle/format';
import { writeBundleToDir } from './write-bundle';
import type { Corpus } from '../corpus/model';

export async function writeBundleAtomically(
  corpus: Corpus,
  outDir: string,
  options: BuildBundleOptions = {},
): Promise<BundleManifest> {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(parent, `.${basename(target)}.building-${stamp}`);
  const old = join(parent, `.${basename(target)}.old-${stamp}`);
  try {
    const manifest = await writeBundleToDir(corpus, temp, options);
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
    return manifest;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw error;
  }
}
