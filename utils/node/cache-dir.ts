/**
 * The importer's cache directory: checked answers by key (one file each, named by a hash of the
 * key), written to a temporary file and renamed, so a run killed half-way leaves only complete
 * entries and the next run resumes from them. Also the import state (state.json).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextCache } from '../corpus/official/http';
import type { ImportState } from '../corpus/official/import';

export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

export class DirectoryCache implements TextCache {
  constructor(readonly dir: string) {
    mkdirSync(join(dir, 'entries'), { recursive: true });
  }

  private path(key: string): string {
    const h = createHash('sha256').update(key).digest('hex');
    return join(this.dir, 'entries', h.slice(0, 2), h.slice(2, 40));
  }

  async get(key: string, maxAgeMs?: number): Promise<string | null> {
    const path = this.path(key);
    try {
      if (maxAgeMs !== undefined && Date.now() - statSync(path).mtimeMs > maxAgeMs) return null;
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  }

  async set(key: string, text: string): Promise<void> {
    const path = this.path(key);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileAtomic(path, text);
  }

  readState(): ImportState | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, 'state.json'), 'utf8')) as ImportState;
    } catch {
      return null;
    }
  }

  writeState(state: ImportState): void {
    writeFileAtomic(join(this.dir, 'state.json'), JSON.stringify(state));
  }
}
