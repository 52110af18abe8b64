/**
 * Which stretches of a text node cite a motion or Kamerstuk, and where each should link. Two
 * sources: the reference finder of the corpus core (explicit citations such as "Kamerstuk
 * 26 643, nr. 1315", on any page, in the corpus or not) and, on an identified page, the set's
 * own references, which know what an uncited "motie-Kathmann c.s." stands for in that set.
 */
import { kamerstukRefKey, kamerstukUrl } from '../corpus/official-links';

export interface FoundReference {
  kind: string;
  label: string;
  kamerstuk: string | null;
  url: string | null;
  start: number;
  end: number;
}

export type ReferenceFinder = (text: string) => FoundReference[];

/** A set's reference as the corpus resolved it: the words as written and what they cite. */
export interface KnownCitation {
  text: string;
  label: string;
  kamerstuk: string;
}

export interface CitationSpan {
  start: number;
  end: number;
  label: string;
  kamerstuk: string;
  /** data-kamerlezer-ref: "kst-26643-1315", dossier alone "kst-36574". */
  ref: string;
  url: string;
}

const LINKED_KINDS = new Set(['motion', 'kamerstuk']);

export function citationSpans(
  text: string,
  find: ReferenceFinder,
  known: readonly KnownCitation[] = [],
): CitationSpan[] {
  const candidates: (CitationSpan & { rank: number })[] = [];
  const candidate = (
    start: number,
    end: number,
    label: string,
    kamerstuk: string,
    url: string | null,
    rank: number,
  ) => {
    if (end > start)
      candidates.push({
        start,
        end,
        label,
        kamerstuk,
        ref: kamerstukRefKey(kamerstuk),
        url: url ?? kamerstukUrl(kamerstuk),
        rank,
      });
  };
  for (const ref of find(text)) {
    if (LINKED_KINDS.has(ref.kind) && ref.kamerstuk)
      candidate(ref.start, ref.end, ref.label, ref.kamerstuk, ref.url, 0);
  }
  for (const citation of known) {
    if (citation.text.length < 6) continue;
    for (
      let at = text.indexOf(citation.text);
      at >= 0;
      at = text.indexOf(citation.text, at + citation.text.length)
    ) {
      candidate(at, at + citation.text.length, citation.label, citation.kamerstuk, null, 1);
    }
  }
  // Where finders disagree, the most precise citation wins ("36600-XV-78" over a bare dossier
  // "36600"), then what the text says itself over what the corpus knows, then the longer span.
  const precision = (s: CitationSpan) => s.kamerstuk.split('-').length;
  candidates.sort(
    (a, b) => precision(b) - precision(a) || a.rank - b.rank || b.end - b.start - (a.end - a.start),
  );
  const spans: CitationSpan[] = [];
  for (const { rank: _rank, ...span } of candidates) {
    if (!spans.some((s) => span.start < s.end && s.start < span.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}
