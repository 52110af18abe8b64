/**
 * A segment's sorted vocabulary, searched in its stored form: one "\n"-joined string plus the
 * offset of every 32nd term. Splitting it into an array would create a string object per term
 * (a million at 50,000 sets): tens of milliseconds on a cold start and tens of megabytes of heap.
 * Here a lookup is a binary search over block heads, then a short scan inside one block.
 */

export const VOCAB_BLOCK = 32;

/** Offsets (in UTF-16 units) of terms 0, 32, 64, … in `terms.join('\n')`. */
export function vocabBlocks(terms: string[]): Uint32Array {
  const blocks = new Uint32Array(Math.ceil(terms.length / VOCAB_BLOCK));
  let offset = 0;
  terms.forEach((term, i) => {
    if (i % VOCAB_BLOCK === 0) blocks[i / VOCAB_BLOCK] = offset;
    offset += term.length + 1;
  });
  return blocks;
}

/** Sign of (the term at `offset` in a "\n"-joined list) − `key`, in code units, like `<` on strings. */
export function compareAt(text: string, offset: number, key: string): number {
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const at = offset + i;
    const c = at < text.length ? text.charCodeAt(at) : 10;
    if (c === 10) return -1; // the term ended first: a prefix sorts before
    const k = key.charCodeAt(i);
    if (c !== k) return c - k;
  }
  const after = offset + n;
  return after >= text.length || text.charCodeAt(after) === 10 ? 0 : 1;
}

/** Tail of a term for the tail order: the term without its first two letters. */
export const TAIL_SKIP = 2;

/** Term indices sorted by tail, then by term (vocab sorted): the order of `vocabByTail`. */
export function tailOrder(terms: string[]): Uint32Array {
  const order = Uint32Array.from(terms, (_, i) => i);
  const tails = terms.map((term) => term.slice(TAIL_SKIP));
  return order.sort((a, b) => (tails[a] < tails[b] ? -1 : tails[a] > tails[b] ? 1 : a - b));
}

export class Vocabulary {
  private readonly heads: string[];

  constructor(
    private readonly text: string,
    private readonly blocks: Uint32Array,
    readonly size: number,
  ) {
    this.heads = Array.from(blocks, (offset) => this.termFrom(offset));
  }

  private termFrom(offset: number): string {
    const end = this.text.indexOf('\n', offset);
    return this.text.slice(offset, end < 0 ? this.text.length : end);
  }

  /** The term with index `i`. */
  termAt(i: number): string {
    return this.termFrom(this.offsetOf(i));
  }

  /** Index of the first term ≥ `key` (size when none), with that term. */
  lowerBound(key: string): { index: number; term: string | undefined } {
    const heads = this.heads;
    if (heads.length === 0) return { index: 0, term: undefined };
    // Last block whose head is ≤ key.
    let lo = 0;
    let hi = heads.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (heads[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    let index = lo * VOCAB_BLOCK;
    let offset = this.blocks[lo];
    // Compared in place: slicing each term of the block would allocate a string per step, and
    // related() and the typo routes make tens of thousands of these lookups.
    while (index < this.size) {
      const order = compareAt(this.text, offset, key);
      if (order >= 0) return { index, term: order === 0 ? key : this.termFrom(offset) };
      offset = this.text.indexOf('\n', offset) + 1;
      index++;
    }
    return { index: this.size, term: undefined };
  }

  /** Index of `term`, or -1. */
  indexOf(term: string): number {
    const found = this.lowerBound(term);
    return found.term === term ? found.index : -1;
  }

  /** Terms starting with `prefix`, in order, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    const { index, term } = this.lowerBound(prefix);
    if (term === undefined || !term.startsWith(prefix)) return out;
    let i = index;
    let offset = this.offsetOf(index);
    while (i < this.size && out.length < limit) {
      const next = this.termFrom(offset);
      if (!next.startsWith(prefix)) break;
      out.push(next);
      offset += next.length + 1;
      i++;
    }
    return out;
  }

  /**
   * Terms whose tail (the term without its first TAIL_SKIP letters) starts with `key`, found by
   * binary search over `byTail` (the segment's vocabByTail order), at most `limit` that `accept`.
   */
  withTailPrefix(
    byTail: Uint16Array | Uint32Array,
    key: string,
    limit: number,
    accept: (term: string) => boolean,
  ): string[] {
    const out: string[] = [];
    let lo = 0;
    let hi = byTail.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(this.text, this.offsetOf(byTail[mid]) + TAIL_SKIP, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    // Scanned entries are bounded too: a common tail ("-ing") must not turn into a vocabulary scan.
    for (let i = lo; i < byTail.length && i < lo + limit * 4 && out.length < limit; i++) {
      const offset = this.offsetOf(byTail[i]);
      if (!this.text.startsWith(key, offset + TAIL_SKIP)) break;
      const term = this.termFrom(offset);
      if (accept(term)) out.push(term);
    }
    return out;
  }

  private offsetOf(i: number): number {
    let offset = this.blocks[Math.floor(i / VOCAB_BLOCK)];
    for (let k = i % VOCAB_BLOCK; k > 0; k--) offset = this.text.indexOf('\n', offset) + 1;
    return offset;
  }
}
