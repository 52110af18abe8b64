/**
 * What the engine knows after setSegments: the loaded segments, their global numbering and
 * statistics, and scratch buffers reused across queries (allocating arrays the size of the
 * corpus on every keystroke would make the garbage collector the bottleneck).
 */
import type { SearchSegment } from '../index-build/segment';
import { CorpusStats } from './corpus-stats';
import { LoadedSegment } from './loaded-segment';
import { isSegmentData } from '../index-build/segment';

export interface DocRef {
  segment: LoadedSegment;
  local: number;
  global: number;
}

export class IndexState {
  readonly segments: LoadedSegment[];
  readonly stats: CorpusStats;
  /** Segment of each global set number, by binary search over docBase. */
  private idMap?: Map<string, number>;
  private buffers?: {
    unitScore: Float32Array;
    answerScore: Float32Array;
    bestAnswer: Int32Array;
    bestAnswerScore: Float32Array;
    docScore: Float32Array;
    docAux: Float32Array;
    docCount: Uint8Array;
    bestUnit: Int32Array;
    bestUnitScore: Float32Array;
    docMask: Uint32Array;
    /** Marks sets already looked at within one call; cleared before it returns. */
    docSeen: Uint8Array;
    /** Lists of the sets (units) a call raised from zero, so it resets only those. */
    docTouched: Int32Array;
    unitTouched: Int32Array;
    /** A copy of scores for selection (quickselect reorders it). */
    docValues: Float32Array;
  };

  /** Each segment's first global set, unit and answer number, for the lookups above. */
  private readonly bases: { doc: Float64Array; unit: Float64Array; answer: Float64Array };

  constructor(segments: SearchSegment[]) {
    let docBase = 0;
    let unitBase = 0;
    let answerBase = 0;
    this.segments = [];
    for (const segment of segments) {
      // A segment of another format version is skipped rather than misread; the next sync rebuilds it.
      if (!isSegmentData(segment)) continue;
      const loaded = new LoadedSegment(segment, docBase, unitBase, answerBase);
      this.segments.push(loaded);
      docBase += loaded.docCount;
      unitBase += loaded.unitCount;
      answerBase += loaded.answerCount;
    }
    this.stats = new CorpusStats(this.segments);
    this.bases = {
      doc: Float64Array.from(this.segments, (s) => s.docBase),
      unit: Float64Array.from(this.segments, (s) => s.unitBase),
      answer: Float64Array.from(this.segments, (s) => s.answerBase),
    };
  }

  get scratch() {
    return (this.buffers ??= {
      unitScore: new Float32Array(this.stats.units),
      answerScore: new Float32Array(this.stats.answerUnits),
      bestAnswer: new Int32Array(this.stats.docs),
      bestAnswerScore: new Float32Array(this.stats.docs),
      docScore: new Float32Array(this.stats.docs),
      docAux: new Float32Array(this.stats.docs),
      docCount: new Uint8Array(this.stats.docs),
      bestUnit: new Int32Array(this.stats.docs),
      bestUnitScore: new Float32Array(this.stats.docs),
      docMask: new Uint32Array(this.stats.docs),
      docSeen: new Uint8Array(this.stats.docs),
      docTouched: new Int32Array(this.stats.docs),
      unitTouched: new Int32Array(this.stats.units),
      docValues: new Float32Array(this.stats.docs),
    });
  }

  segmentOfDoc(global: number): LoadedSegment {
    return this.segments[lastAtOrBelow(this.bases.doc, global)];
  }

  /** The segment holding a global title/question unit number. */
  segmentOfUnit(unit: number): LoadedSegment {
    return this.segments[lastAtOrBelow(this.bases.unit, unit)];
  }

  /** The segment holding a global answer unit number. */
  segmentOfAnswer(answer: number): LoadedSegment {
    return this.segments[lastAtOrBelow(this.bases.answer, answer)];
  }

  doc(global: number): DocRef {
    const segment = this.segmentOfDoc(global);
    return { segment, local: global - segment.docBase, global };
  }

  idOf(global: number): string {
    const { segment, local } = this.doc(global);
    return segment.ids()[local];
  }

  locate(id: string): DocRef | null {
    if (!this.idMap) {
      this.idMap = new Map();
      for (const segment of this.segments) {
        segment.ids().forEach((docId, local) => this.idMap!.set(docId, segment.docBase + local));
      }
    }
    const global = this.idMap.get(id);
    return global === undefined ? null : this.doc(global);
  }
}

/** Index of the last entry at or below `value` in an ascending array (0 when none is). */
function lastAtOrBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
