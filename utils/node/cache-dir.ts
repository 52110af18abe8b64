/**
 * The importer's cache directory: checked answers by key (one file each, named by a hash of the
 * key), written to a temporary file and renamed, so a run killed half-way leaves only complete
 * entries and the next run resumes from them. Also the import state (state.ndjson).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { TextCache } from '../corpus/official/http';
import type { ImportState } from '../corpus/official/import';
import type { KamerDocument, Reference } from '../corpus/model';

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

  /**
   * The state as lines: a header, then one set (with its references as found) per line, so that
   * a corpus of 50,000 sets never has to be one JSON string (V8 caps a string near 512 MB).
   */
  readState(): ImportState | null {
    let text: string;
    try {
      text = readFileSync(join(this.dir, STATE_FILE), 'utf8');
    } catch {
      return null;
    }
    try {
      const lines = text.split('\n').filter((l) => l !== '');
      const header = JSON.parse(lines[0]) as Omit<ImportState, 'documents' | 'references'>;
      const documents: KamerDocument[] = [];
      const references: Record<string, Reference[]> = {};
      for (const line of lines.slice(1)) {
        const { d, r } = JSON.parse(line) as { d: KamerDocument; r?: Reference[] };
        documents.push(d);
        if (r && d.zaak) references[d.zaak] = r;
      }
      return { ...header, documents, references };
    } catch {
      // A damaged state means a full import, never a wrong corpus.
      return null;
    }
  }

  writeState(state: ImportState): void {
    const path = join(this.dir, STATE_FILE);
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      const { documents, references, ...header } = state;
      writeSync(fd, JSON.stringify(header) + '\n');
      for (const d of documents)
        writeSync(fd, JSON.stringify({ d, r: d.zaak ? references?.[d.zaak] : undefined }) + '\n');
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  }
}

const STATE_FILE = 'state.ndjson';
