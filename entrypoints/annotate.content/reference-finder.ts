/**
 * The reference finder for inline citation links: the corpus core's `findReferences`
 * (utils/corpus/references.ts) when it is in the tree, else the page side's own finder of
 * explicit Kamerstuk citations. The glob resolves at build time and is empty when the file is
 * absent, so the extension builds either way.
 */
import type { FoundReference, ReferenceFinder } from '../../utils/sites/citation-spans';
import { findKamerstukCitations } from '../../utils/sites/kamerstuk-citations';

const core = Object.values(
  import.meta.glob<{ findReferences?: (text: string) => FoundReference[] }>(
    '../../utils/corpus/references.ts',
    { eager: true },
  ),
)[0];

export const findReferences: ReferenceFinder = core?.findReferences
  ? // The core's spans come first and win overlaps (citationSpans keeps the first); explicit
    // citations it leaves out still get their link.
    (text) => [...core.findReferences!(text), ...findKamerstukCitations(text)]
  : findKamerstukCitations;
