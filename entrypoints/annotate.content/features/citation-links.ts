/**
 * Every motion or Kamerstuk citation in the page text becomes a link to its official page
 * (data-kamerlezer-ref="kst-26643-1315"). Explicit citations are linked at once, on any page of
 * the official sites, in the corpus or not; on an identified page a second pass links what only
 * the corpus knows ("motie-Kathmann c.s." without a citation, resolved from its sibling sets).
 */
import type { KamerDocument } from '../../../utils/corpus/model';
import type { PageTranslate } from '../../../utils/i18n/strings-page';
import {
  citationSpans,
  type CitationSpan,
  type KnownCitation,
} from '../../../utils/sites/citation-spans';
import { defineFeature } from '../feature';
import { textRuns, wrapRunSpans, type TextRun } from '../text-nodes';
import { MAX_LINKS, MAX_TEXT_NODES, sliceClock } from '../slices';

/**
 * Link the citations in the text under `roots`, read as runs (./text-nodes.ts), so a citation
 * the page breaks over a line or a <br> becomes one link.
 */
export function linkCitations(
  roots: readonly Element[],
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
): HTMLAnchorElement[] {
  return roots.flatMap((root) => textRuns(root).flatMap((run) => linkRun(run, spansOf, t)));
}

/**
 * linkCitations for the page itself: in slices of a few milliseconds (a huge page gets no long
 * task from us) and capped in text nodes and links; stops when `signal` aborts (navigation).
 */
export async function linkCitationsInSlices(
  roots: readonly Element[],
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
  signal: AbortSignal,
): Promise<number> {
  const clock = sliceClock();
  // Read first, link after: linking replaces the text nodes a later run would be read from.
  const runs: TextRun[] = [];
  let nodes = 0;
  read: for (const root of roots) {
    for (const run of textRuns(root)) {
      nodes += run.at.length;
      if (nodes > MAX_TEXT_NODES) break read;
      runs.push(run);
    }
    if (clock.due()) {
      await clock.next();
      if (signal.aborted) return 0;
    }
  }
  let links = 0;
  for (const run of runs) {
    if (links >= MAX_LINKS) break;
    if (clock.due()) {
      await clock.next();
      if (signal.aborted) return links;
    }
    // The page may have changed meanwhile: only text still in place and not yet linked.
    if (
      run.at.some(
        ([node]) => !node.isConnected || node.parentElement?.closest('a, [data-kamerlezer]'),
      )
    )
      continue;
    links += linkRun(run, spansOf, t).length;
  }
  return links;
}

function linkRun(
  run: TextRun,
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
): HTMLAnchorElement[] {
  const doc = run.at[0]?.[0].ownerDocument;
  if (!doc) return [];
  return wrapRunSpans(run, spansOf(run.text), (text, span) => {
    const link = doc.createElement('a');
    link.href = span.url;
    link.textContent = text;
    link.title = t('citationTitle', { label: span.label });
    link.setAttribute('data-kamerlezer', 'citation');
    link.setAttribute('data-kamerlezer-ref', span.ref);
    return link;
  }) as HTMLAnchorElement[];
}

/** The set's motion and Kamerstuk references that carry a resolved Kamerstuk. */
export function knownCitations(document: KamerDocument): KnownCitation[] {
  return document.references
    .filter((ref) => (ref.kind === 'motion' || ref.kind === 'kamerstuk') && ref.kamerstuk)
    .map((ref) => ({ text: ref.text, label: ref.label, kamerstuk: ref.kamerstuk! }));
}

export default defineFeature({
  name: 'citation-links',
  include: (context) => context.page.textRoots.length > 0,
  async init(context, signal) {
    const { page, findReferences, t } = context;
    await linkCitationsInSlices(
      page.textRoots,
      (text) => citationSpans(text, findReferences),
      t,
      signal,
    );
    const identified = await context.identify();
    if (!identified || signal.aborted) return;
    const known = knownCitations(identified.document);
    if (known.length > 0)
      await linkCitationsInSlices(
        page.textRoots,
        (text) => citationSpans(text, findReferences, known),
        t,
        signal,
      );
  },
});
