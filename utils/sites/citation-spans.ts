/**
 * Which stretches of a text cite a motion or Kamerstuk, and where each should link. Two sources:
 * the one citation finder (the corpus core's findReferences: explicit citations such as
 * "Kamerstuk 26 643, nr. 1315", on any page, in the corpus or not) and, on an identified page,
 * the set's own references, which know what an uncited "motie-Kathmann c.s." stands for in that
 * set and what a typo'd citation ("Kamerstuk 6643, nr. 1320") means. An uncertain citation the
 * corpus does not resolve is left unlinked.
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

/**
 * A citation the extension cannot be sure of: its dossier number is shorter than any dossier of
 * the last decades (five digits, "26 643"), as in the typo "Kamerstuk 6643, nr. 1320". Linking
 * it would send the reader to a document that does not exist; the corpus may know what it means.
 */
export function uncertainCitation(kamerstuk: string): boolean {
  return !/^\d{5,}(?:-|$)/.test(kamerstuk);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

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
  // What the corpus resolved for this set, where its words stand in the text (whitespace as one).
  const resolved: (CitationSpan & { rank: number })[] = [];
  for (const citation of known) {
    const words = collapse(citation.text);
    if (words.length < 6) continue;
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      const before = candidates.length;
      candidate(at, at + words.length, citation.label, citation.kamerstuk, null, 1);
      resolved.push(...candidates.splice(before));
    }
  }
  for (const ref of find(text)) {
    if (!LINKED_KINDS.has(ref.kind) || !ref.kamerstuk) continue;
    // The corpus resolved this very spot to something else (a typo it corrected): its reading wins.
    const overlapping = resolved.filter((r) => ref.start < r.end && r.start < ref.end);
    if (overlapping.some((r) => r.kamerstuk !== ref.kamerstuk)) continue;
    if (uncertainCitation(ref.kamerstuk) && overlapping.length === 0) continue;
    candidate(ref.start, ref.end, ref.label, ref.kamerstuk, ref.url, 0);
  }
  candidates.push(...resolved);
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
