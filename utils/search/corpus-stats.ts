/**
 * Global statistics over all loaded segments: BM25 needs corpus-wide document frequencies and
 * average unit lengths, which are the sums of what each segment stored about itself. Summing at
 * query time keeps segments independent (a changed shard replaces one segment, nothing else).
 */
import type { LoadedSegment } from './loaded-segment';
import { UNIT_KINDS } from '../index-build/segment';

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface TermInfo {
  term: string;
  /** Sets holding the term in a title or question, over all segments. */
  docFreq: number;
  idf: number;
  /** Sets holding the term in an answer, and the idf of answer matches. */
  answerDocFreq: number;
  answerIdf: number;
  /** Per segment: the term's index there, or -1. */
  where: Int32Array;
}

export class CorpusStats {
  readonly docs: number;
  readonly units: number;
  readonly answerUnits: number;
  readonly avgLength: Float64Array;

  constructor(readonly segments: LoadedSegment[]) {
    this.docs = segments.reduce((n, s) => n + s.docCount, 0);
    this.units = segments.reduce((n, s) => n + s.unitCount, 0);
    this.answerUnits = segments.reduce((n, s) => n + s.answerCount, 0);
    const sum = new Float64Array(UNIT_KINDS);
    const count = new Float64Array(UNIT_KINDS);
    for (const s of segments) {
      for (let k = 0; k < UNIT_KINDS; k++) {
        sum[k] += s.data.lengthSum[k];
        count[k] += s.data.unitCount[k];
      }
    }
    this.avgLength = sum.map((total, k) => (count[k] > 0 ? total / count[k] : 1));
  }

  idf(docFreq: number): number {
    return Math.log(1 + (this.docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** Term lookups repeat (typing, related sets of similar sets); segments are immutable. */
  private readonly cache = new Map<string, TermInfo>();

  term(term: string): TermInfo {
    let info = this.cache.get(term);
    if (!info) {
      if (this.cache.size >= 50_000) this.cache.clear();
      info = this.lookup(term);
      this.cache.set(term, info);
    }
    return info;
  }

  private lookup(term: string): TermInfo {
    const where = new Int32Array(this.segments.length);
    let docFreq = 0;
    let answerDocFreq = 0;
    this.segments.forEach((segment, i) => {
      const t = segment.term(term);
      where[i] = t;
      if (t >= 0) {
        docFreq += segment.termDocFreq()[t];
        answerDocFreq += segment.answerDocFreq()[t];
      }
    });
    return {
      term,
      docFreq,
      idf: this.idf(docFreq),
      answerDocFreq,
      answerIdf: this.idf(answerDocFreq),
      where,
    };
  }

  private readonly norms: (Float64Array | undefined)[] = [];

  /**
   * BM25's length normalisation k1·(1 − b + b·length/avg) of units of a kind, for every length a
   * unit can have (unitLength is a Uint16Array): the per-posting work is then a table read.
   */
  lengthNorms(kind: number): Float64Array {
    const k = kind & 3;
    let table = this.norms[k];
    if (!table) {
      table = new Float64Array(65536);
      const avg = this.avgLength[k];
      for (let length = 0; length < table.length; length++)
        table[length] = BM25_K1 * (1 - BM25_B + (BM25_B * length) / avg);
      this.norms[k] = table;
    }
    return table;
  }

  /** BM25 term weight for a term frequency in a unit of a kind and length. */
  weight(idf: number, tf: number, kind: number, length: number): number {
    return bm25(termScale(idf), tf, this.lengthNorms(kind)[Math.min(length, 65535)]);
  }
}

/** BM25's constant factor of a term, idf·(k1+1): taken out of loops over its postings. */
export function termScale(idf: number): number {
  return idf * (BM25_K1 + 1);
}

/** The one BM25 formula: a term's weight for `tf` occurrences in a unit of length norm `norm`. */
export function bm25(scale: number, tf: number, norm: number): number {
  return (scale * tf) / (tf + norm);
}
