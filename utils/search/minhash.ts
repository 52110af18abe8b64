/**
 * MinHash signatures of a set's question list, for "the same questions put to another minister".
 * Near-duplicate lists differ in a few words (the ministry, its agencies), so we compare word
 * shingles rather than whole questions, and estimate their Jaccard similarity from signatures.
 * Locality-sensitive hashing over bands finds candidates without comparing every pair.
 */
import { fnv1a, mix32 } from './hash';

export const MINHASH_SIZE = 63;
export const BAND_ROWS = 3;
export const BANDS = MINHASH_SIZE / BAND_ROWS;

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

/** Word 2-shingles of analysed terms (stopwords already removed), hashed. */
export function shingles(termsPerQuestion: string[][]): Set<number> {
  const out = new Set<number>();
  for (const terms of termsPerQuestion) {
    if (terms.length === 1) out.add(fnv1a(terms[0]));
    for (let i = 0; i + 1 < terms.length; i++) out.add(fnv1a(`${terms[i]} ${terms[i + 1]}`));
  }
  return out;
}

/** Signature into `target` at `offset`; an empty shingle set gives all 0xffffffff (matches nothing). */
export function signature(shingleSet: Set<number>, target: Uint32Array, offset: number): void {
  target.fill(0xffffffff, offset, offset + MINHASH_SIZE);
  for (const h of shingleSet) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = mix32(h ^ SEEDS[i]);
      if (v < target[offset + i]) target[offset + i] = v;
    }
  }
}

export function estimateJaccard(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number): number {
  let same = 0;
  let empty = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const x = a[aOffset + i];
    if (x === 0xffffffff) empty++;
    else if (x === b[bOffset + i]) same++;
  }
  return empty === MINHASH_SIZE ? 0 : same / MINHASH_SIZE;
}

/** Band keys of one signature: band index mixed in, so equal rows in different bands don't meet. */
export function bandKeys(sig: Uint32Array, offset: number): number[] {
  const keys: number[] = [];
  if (sig[offset] === 0xffffffff) return keys;
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < BAND_ROWS; r++) h = mix32(h ^ sig[offset + b * BAND_ROWS + r]);
    keys.push(h);
  }
  return keys;
}
