/**
 * A segment as the engine uses it: the stored strings plus lazily decoded views. Nothing is
 * decoded until a query needs it, so a cold service worker's first search reads block heads
 * of the vocabularies and decodes a few small per-unit arrays; posting lists are read in place (codec.ts), and the
 * relatedness tables wait for the first related() call.
 */
import {
  base64ByteLength,
  decodeFloat32,
  decodeUint16,
  decodeUint32,
  decodeUint8,
  PostingCursor,
} from '../index-build/codec';
import { MINHASH_SIZE } from '../index-build/minhash';
import { UNIT_ANSWER, UNIT_QUESTION, UNIT_TITLE, type SegmentData } from '../index-build/segment';
import { Vocabulary } from '../index-build/vocabulary';

// Two monomorphic copies: one generic version over strings and typed arrays ran 5× slower.
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

function lowerBoundNumber(sorted: Uint32Array, key: number, from = 0): number {
  let lo = from;
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

/** Words of a packed low-byte signature (docMinhashWords). */
export const SIGNATURE_WORDS = Math.ceil(MINHASH_SIZE / 4);

export interface RefEntry {
  key: string;
  label: string;
  isMotion: boolean;
  docs: Uint16Array | Uint32Array;
}

const NO_REFS: RefEntry[] = [];
const NO_DOCS = new Uint32Array(0);

/** Memoises a decoder per field. */
function lazy<T>(decode: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= decode());
}

export class LoadedSegment {
  readonly docCount: number;
  /** Title and question units (the main postings' units). */
  readonly unitCount: number;
  /** Answer units. */
  readonly answerCount: number;
  readonly docStatus = lazy(() => decodeUint8(this.data.docStatus));
  readonly docUnitStart = lazy(() => decodeUint32(this.data.docUnitStart));
  readonly termStart = lazy(() => decodeUint32(this.data.termStart));
  readonly termDocFreq = lazy(() => decodeUint32(this.data.termDocFreq));
  readonly unitDoc = lazy(() => this.decodeDocs(this.data.unitDoc));
  readonly unitNumber = lazy(() => decodeUint16(this.data.unitNumber));
  readonly unitKind = lazy(() => decodeUint8(this.data.unitKind));
  readonly unitLength = lazy(() => decodeUint16(this.data.unitLength));
  readonly answerTermStart = lazy(() => decodeUint32(this.data.answerTermStart));
  readonly answerDocFreq = lazy(() => decodeUint32(this.data.answerDocFreq));
  readonly answerDoc = lazy(() => this.decodeDocs(this.data.answerDoc));
  readonly answerNumber = lazy(() => decodeUint16(this.data.answerNumber));
  readonly answerLength = lazy(() => decodeUint16(this.data.answerLength));
  readonly vocabByTail = lazy(() =>
    base64ByteLength(this.data.termDocFreq) / 4 <= 0xffff
      ? decodeUint16(this.data.vocabByTail)
      : decodeUint32(this.data.vocabByTail),
  );
  readonly docTopicTerms = lazy(() => decodeUint32(this.data.docTopicTerms));
  readonly docTopicTf = lazy(() => decodeUint8(this.data.docTopicTf));
  readonly docTopicNorm = lazy(() => decodeFloat32(this.data.docTopicNorm));
  readonly docMinhash = lazy(() => decodeUint16(this.data.docMinhash));
  /**
   * The low byte of each signature slot, four to a word, SIGNATURE_WORDS words a set (one cache
   * line; the 64th byte is 0): equal slots have equal low bytes, so a count of equal bytes bounds
   * the count of equal slots from above, and related() rejects most candidates on 16 word
   * comparisons instead of reading 63 two-byte slots.
   */
  readonly docMinhashWords = lazy(() => {
    const sig = this.docMinhash();
    const words = new Uint32Array(this.docCount * SIGNATURE_WORDS);
    for (let d = 0; d < this.docCount; d++) {
      for (let k = 0; k < MINHASH_SIZE; k++)
        words[d * SIGNATURE_WORDS + (k >>> 2)] |=
          (sig[d * MINHASH_SIZE + k] & 0xff) << ((k & 3) * 8);
    }
    return words;
  });
  private readonly bandKey = lazy(() => decodeUint32(this.data.bandKey));
  private readonly bandDoc = lazy(() => this.decodeDocs(this.data.bandDoc));
  private readonly refIsMotion = lazy(() => decodeUint8(this.data.refIsMotion));
  private readonly refStart = lazy(() => decodeUint32(this.data.refStart));
  private readonly refDoc = lazy(() => this.decodeDocs(this.data.refDoc));
  private readonly personStart = lazy(() => decodeUint32(this.data.personStart));
  private readonly personDoc = lazy(() => this.decodeDocs(this.data.personDoc));
  readonly vocab = lazy(
    () =>
      new Vocabulary(
        this.data.vocab,
        decodeUint32(this.data.vocabBlocks),
        base64ByteLength(this.data.termDocFreq) / 4,
      ),
  );
  readonly ids = lazy(() => splitLines(this.data.docIds));
  private readonly submitterList = lazy(() => splitLines(this.data.docSubmitters));
  private readonly partyList = lazy(() => splitLines(this.data.docParties));
  private readonly addresseeList = lazy(() => splitLines(this.data.docAddressees));
  private readonly refKeyList = lazy(() => splitLines(this.data.refKeys));
  private readonly refLabelList = lazy(() => splitLines(this.data.refLabels));
  private readonly personKeyList = lazy(() => splitLines(this.data.personKeys));
  private readonly cursor: PostingCursor;
  private readonly answerCursor: PostingCursor;

  constructor(
    readonly data: SegmentData,
    /** Global number of this segment's first set and first unit. */
    readonly docBase: number,
    readonly unitBase: number,
    /** Global number of this segment's first answer unit. */
    readonly answerBase = 0,
  ) {
    // Counts from the stored sums, without decoding anything.
    this.unitCount = data.unitCount[UNIT_TITLE] + data.unitCount[UNIT_QUESTION];
    this.answerCount = data.unitCount[UNIT_ANSWER];
    this.docCount = base64ByteLength(data.docStatus); // one status byte per set
    this.cursor = new PostingCursor(data.postings);
    this.answerCursor = new PostingCursor(data.answerPostings);
  }

  /**
   * Decode now what annotating a page reads (identification, related sets, prior-answer
   * counts): the state the first page would leave behind anyway, reached before it arrives.
   */
  prepareForPages(): void {
    this.vocab();
    this.termStart();
    this.termDocFreq();
    this.unitDoc();
    this.unitKind();
    this.unitLength();
    this.unitNumber();
    this.docMinhashWords();
    this.docTopicNorm();
    this.bandKey();
    this.bandDoc();
  }

  private decodeDocs(text: string): Uint16Array | Uint32Array {
    return this.data.docWidth === 16 ? decodeUint16(text) : decodeUint32(text);
  }

  /** Index of a term in the vocabulary, or -1. */
  term(term: string): number {
    return this.vocab().indexOf(term);
  }

  /**
   * The posting list of term index `t`: call next() until false, reading unit (local) and tf.
   * One cursor per segment: finish a list before asking for the next.
   */
  postings(t: number): PostingCursor {
    const start = this.termStart();
    return this.cursor.reset(start[t], start[t + 1]);
  }

  /** The answer postings of term index `t` (answer units, local); one cursor, as postings(). */
  answerPostings(t: number): PostingCursor {
    const start = this.answerTermStart();
    return this.answerCursor.reset(start[t], start[t + 1]);
  }

  /** Vocabulary terms starting with `prefix`, at most `limit`. */
  termsWithPrefix(prefix: string, limit: number): string[] {
    return this.vocab().withPrefix(prefix, limit);
  }

  /** Vocabulary terms whose tail (all but the first two letters) starts with `key` (vocabulary.ts). */
  termsWithTail(key: string, limit: number, accept: (term: string) => boolean): string[] {
    return this.vocab().withTailPrefix(this.vocabByTail(), key, limit, accept);
  }

  submitters(doc: number): string {
    return this.submitterList()[doc] ?? '';
  }

  parties(doc: number): string {
    return this.partyList()[doc] ?? '';
  }

  addressees(doc: number): string {
    return this.addresseeList()[doc] ?? '';
  }

  /** Sets (local numbers) citing a reference key; with `prefix`, every key that starts with it. */
  refDocs(key: string, prefix = false): RefEntry[] {
    const keys = this.refKeyList();
    const first = lowerBound(keys, key);
    // Most segments do not cite a given key: answer them without allocating.
    if (first >= keys.length || (prefix ? !keys[first].startsWith(key) : keys[first] !== key))
      return NO_REFS;
    const out: RefEntry[] = [];
    for (let i = first; i < keys.length; i++) {
      if (prefix ? !keys[i].startsWith(key) : keys[i] !== key) break;
      out.push({
        key: keys[i],
        label: this.refLabelList()[i],
        isMotion: this.refIsMotion()[i] === 1,
        docs: this.refDoc().subarray(this.refStart()[i], this.refStart()[i + 1]),
      });
    }
    return out;
  }

  personDocs(foldedName: string): Uint16Array | Uint32Array {
    const keys = this.personKeyList();
    const at = lowerBound(keys, foldedName);
    if (keys[at] !== foldedName) return NO_DOCS;
    return this.personDoc().subarray(this.personStart()[at], this.personStart()[at + 1]);
  }

  /** Sets whose LSH band equals `key`. */
  bandDocs(key: number): Uint16Array | Uint32Array {
    const start = this.bandStart(key);
    return this.bandDoc().subarray(start, this.bandEnd(key, start));
  }

  /** Position of the first entry of band `key` in bandDocList() (a binary search). */
  bandStart(key: number): number {
    return lowerBoundNumber(this.bandKey(), key);
  }

  /** End of band `key`'s entries, from its start: a binary search, so a full bucket is not walked. */
  bandEnd(key: number, start: number): number {
    const keys = this.bandKey();
    if (start >= keys.length || keys[start] !== key) return start;
    return lowerBoundNumber(keys, key + 1, start);
  }

  /** Local set of every band entry (parallel to the sorted band keys). */
  bandDocList(): Uint16Array | Uint32Array {
    return this.bandDoc();
  }
}
