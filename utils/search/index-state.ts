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
  /** Official identifier (lower case) → global set number, built on the first lookup. */
  private officialMap?: Map<string, number>;
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
  /**
   * 1 for a set superseded by a later segment's copy (a delta shard) or removed, by global set
   * number; null when none is. Every answer skips them; corpus statistics still count them
   * (a delta is at most a few percent of the sets).
   */
  private readonly dead: Uint8Array | null;

  /**
   * `masked[i]`: the sets (local numbers) of segment i that a later copy supersedes or a delta
   * removed. `previous`: the state these segments replace. A segment it held at the same place is
   * taken over with what it decoded (adding the small segment of page readings after the synced
   * ones must not make the first query after it decode the whole index again).
   */
  constructor(
    segments: SearchSegment[],
    masked: readonly (readonly number[] | undefined)[] = [],
    previous?: IndexState,
  ) {
    let docBase = 0;
    let unitBase = 0;
    let answerBase = 0;
    this.segments = [];
    const kept = new Map(previous?.segments.map((loaded) => [loaded.data, loaded]));
    const deadGlobals: number[] = [];
    segments.forEach((segment, i) => {
      // A segment of another format version is skipped rather than misread; the next sync rebuilds it.
      if (!isSegmentData(segment)) return;
      const old = kept.get(segment);
      const loaded =
        old && old.docBase === docBase && old.unitBase === unitBase && old.answerBase === answerBase
          ? old
          : new LoadedSegment(segment, docBase, unitBase, answerBase);
      this.segments.push(loaded);
      for (const local of masked[i] ?? []) deadGlobals.push(docBase + local);
      docBase += loaded.docCount;
      unitBase += loaded.unitCount;
      answerBase += loaded.answerCount;
    });
    this.dead = deadGlobals.length ? new Uint8Array(docBase) : null;
    for (const global of deadGlobals) this.dead![global] = 1;
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

  /** False for a set a later copy supersedes or a delta removed (never answered). */
  isLive(global: number): boolean {
    return this.dead === null || this.dead[global] === 0;
  }

  private copies?: { liveOf: Map<number, number>; replacing: Set<number> };

  /**
   * For corpus order: the live copy of a superseded set (null for a removed one), and whether a
   * live set is such a copy (its place in corpus order is its superseded copy's).
   */
  liveCopyOf(global: number): number | null {
    return this.supersession().liveOf.get(global) ?? null;
  }

  isCopy(global: number): boolean {
    return this.dead !== null && this.supersession().replacing.has(global);
  }

  private supersession() {
    if (!this.copies) {
      const liveOf = new Map<number, number>();
      const replacing = new Set<number>();
      for (let global = 0; this.dead && global < this.dead.length; global++) {
        if (this.dead[global] === 0) continue;
        const live = this.locate(this.idOf(global));
        if (live) {
          liveOf.set(global, live.global);
          replacing.add(live.global);
        }
      }
      this.copies = { liveOf, replacing };
    }
    return this.copies;
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
        segment.ids().forEach((docId, local) => {
          if (this.isLive(segment.docBase + local)) this.idMap!.set(docId, segment.docBase + local);
        });
      }
    }
    const global = this.idMap.get(id);
    return global === undefined ? null : this.doc(global);
  }

  /** Ids of the sets known by these official keys (officialKey spelling), in key order, once each. */
  officialIds(keys: readonly string[]): string[] {
    if (!this.officialMap) {
      this.officialMap = new Map();
      for (const segment of this.segments) {
        segment.officialKeys().forEach((joined, local) => {
          // A superseded or removed copy must not answer for its keys.
          if (!joined || !this.isLive(segment.docBase + local)) return;
          for (const key of joined.split('|'))
            if (!this.officialMap!.has(key)) this.officialMap!.set(key, segment.docBase + local);
        });
      }
    }
    const ids: string[] = [];
    for (const key of keys) {
      const global = this.officialMap.get(key);
      if (global === undefined) continue;
      const id = this.idOf(global);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
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
