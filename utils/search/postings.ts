/**
 * One term's postings over every loaded segment, the one loop the scorers (search, prior
 * answers, identification) walk them with. A term's postings live in each segment
 * where it occurs (`TermInfo.where[s]`, -1 elsewhere) and hold segment-local unit numbers.
 *
 * The visitor is asked once per segment, so it can take that segment's per-unit arrays
 * (unitKind(), unitDoc(), …) out of the per-posting path; it returns the per-posting callback,
 * or null to skip the segment. A callback that returns true ends the whole walk (a scorer
 * that already knows its answer). Posting cursors are shared per segment: do not start another
 * walk from inside a callback.
 */
import type { TermInfo } from './corpus-stats';
import type { IndexState } from './index-state';
import type { LoadedSegment } from './loaded-segment';

/** Called per posting with the segment-local unit number and the term's frequency in that unit; true stops the walk. */
export type PostingCallback = (local: number, tf: number) => boolean | void;

export function walkPostings(
  state: IndexState,
  info: TermInfo,
  onSegment: (segment: LoadedSegment) => PostingCallback | null,
): void {
  const { segments } = state;
  for (let s = 0; s < segments.length; s++) {
    const t = info.where[s];
    if (t < 0) continue;
    const segment = segments[s];
    const visit = onSegment(segment);
    if (!visit) continue;
    const cursor = segment.postings(t);
    while (cursor.next()) if (visit(cursor.unit, cursor.tf) === true) return;
  }
}
