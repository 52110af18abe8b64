/**
 * MinHash signatures of a set's question list, for "the same questions put to another minister".
 * Near-duplicate lists differ in a few words (the ministry, its agencies), so we compare word
 * shingles rather than whole questions, and estimate their Jaccard similarity from signatures.
 * Locality-sensitive hashing over bands finds candidates without comparing every pair.
 */
import { fnv1a, mix32 } from '../text/hash';

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

/** Marks a set without topical questions: its signature matches nothing. */
const EMPTY = 0xffff;

/**
 * Signature into `target` at `offset`. Minima are taken over full 32-bit hashes and stored as
 * their low 16 bits: half the size, and a chance collision (1 in 65,536 per slot) does not move
 * a similarity estimate over 63 slots.
 */
export function signature(shingleSet: Set<number>, target: Uint16Array, offset: number): void {
  if (shingleSet.size === 0) {
    target.fill(EMPTY, offset, offset + MINHASH_SIZE);
    return;
  }
  for (let i = 0; i < MINHASH_SIZE; i++) {
    let min = 0xffffffff;
    for (const h of shingleSet) {
      const v = mix32(h ^ SEEDS[i]);
      if (v < min) min = v;
    }
    target[offset + i] = min & 0xffff;
  }
}

function isEmpty(sig: Uint16Array, offset: number): boolean {
  for (let i = 0; i < MINHASH_SIZE; i++) if (sig[offset + i] !== EMPTY) return false;
  return true;
}

export function estimateJaccard(
  a: Uint16Array,
  aOffset: number,
  b: Uint16Array,
  bOffset: number,
): number {
  if (isEmpty(a, aOffset) || isEmpty(b, bOffset)) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[aOffset + i] === b[bOffset + i]) same++;
  return same / MINHASH_SIZE;
}

/** Band keys of one signature: band index mixed in, so equal rows in different bands don't meet. */
export function bandKeys(sig: Uint16Array, offset: number): number[] {
  const keys: number[] = [];
  if (isEmpty(sig, offset)) return keys;
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < BAND_ROWS; r++) h = mix32(h ^ sig[offset + b * BAND_ROWS + r]);
    keys.push(h);
  }
  return keys;
}
