/**
 * A segment as the engine uses it: the stored arrays plus lazily decoded string lists. Decoding
 * waits for the first query that needs it, so a cold service worker answers its first search
 * after splitting only the vocabularies (the rest follows when related/identify ask).
 */
import type { SegmentData } from './segment';

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBoundNumber(sorted: Uint32Array, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

export class LoadedSegment {
  private vocabList?: string[];
  private idList?: string[];
  private submitterList?: string[];
  private partyList?: string[];
  private addresseeList?: string[];
  private refKeyList?: string[];
  private refLabelList?: string[];
  private personKeyList?: string[];

  constructor(
    readonly data: SegmentData,
    /** Global number of this segment's first set and first unit. */
    readonly docBase: number,
    readonly unitBase: number,
  ) {}

  get docCount(): number {
    return this.data.docStatus.length;
  }

  get unitCount(): number {
    return this.data.unitDoc.length;
  }

  get vocab(): string[] {
    return (this.vocabList ??= splitLines(this.data.vocab));
  }

  get ids(): string[] {
    return (this.idList ??= splitLines(this.data.docIds));
  }

  /** Index of a term in the vocabulary, or -1. */
  term(term: string): number {
    const vocab = this.vocab;
    const at = lowerBound(vocab, term);
    return vocab[at] === term ? at : -1;
  }

  /** Vocabulary terms starting with `prefix`, at most `limit`. */
  termsWithPrefix(prefix: string, limit: number): string[] {
    const vocab = this.vocab;
    const out: string[] = [];
    for (let i = lowerBound(vocab, prefix); i < vocab.length && out.length < limit; i++) {
      if (!vocab[i].startsWith(prefix)) break;
      out.push(vocab[i]);
    }
    return out;
  }

  submitters(doc: number): string {
    return (this.submitterList ??= splitLines(this.data.docSubmitters))[doc] ?? '';
  }

  parties(doc: number): string {
    return (this.partyList ??= splitLines(this.data.docParties))[doc] ?? '';
  }

  addressees(doc: number): string {
    return (this.addresseeList ??= splitLines(this.data.docAddressees))[doc] ?? '';
  }

  /** Sets (local numbers) citing a reference key; with `prefix`, every key that starts with it. */
  refDocs(key: string, prefix = false): { key: string; label: string; isMotion: boolean; docs: Uint32Array }[] {
    const keys = (this.refKeyList ??= splitLines(this.data.refKeys));
    const labels = (this.refLabelList ??= splitLines(this.data.refLabels));
    const out = [];
    for (let i = lowerBound(keys, key); i < keys.length; i++) {
      if (prefix ? !keys[i].startsWith(key) : keys[i] !== key) break;
      out.push({
        key: keys[i],
        label: labels[i],
        isMotion: this.data.refIsMotion[i] === 1,
        docs: this.data.refDoc.subarray(this.data.refStart[i], this.data.refStart[i + 1]),
      });
    }
    return out;
  }

  personDocs(foldedName: string): Uint32Array {
    const keys = (this.personKeyList ??= splitLines(this.data.personKeys));
    const at = lowerBound(keys, foldedName);
    if (keys[at] !== foldedName) return new Uint32Array(0);
    return this.data.personDoc.subarray(this.data.personStart[at], this.data.personStart[at + 1]);
  }

  /** Sets whose LSH band equals `key`. */
  bandDocs(key: number): Uint32Array {
    const keys = this.data.bandKey;
    const start = lowerBoundNumber(keys, key);
    let end = start;
    while (end < keys.length && keys[end] === key) end++;
    return this.data.bandDoc.subarray(start, end);
  }
}
