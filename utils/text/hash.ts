/**
 * The project's one cheap 32-bit string hash (FNV-1a) and a mixer, for spreading, never for
 * integrity (sha256 does that: utils/bundle/hash.ts). Shard boundaries, MinHash shingles, LSH
 * band keys and the word stems of lexical fit all use it.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: fold a UTF-16 code unit into a running hash (for hand-rolled scans). */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h >>> 0;
}

/** Murmur3's finaliser: turns a seed-xored hash into an independent-looking one. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
