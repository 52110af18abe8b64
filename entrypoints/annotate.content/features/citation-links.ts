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
import { textRuns, wrapRunSpans } from '../text-nodes';

/**
 * Link the citations in the text under `roots`, read as runs (./text-nodes.ts), so a citation
 * the page breaks over a line or a <br> becomes one link.
 */
export function linkCitations(
  roots: readonly Element[],
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const root of roots) {
    for (const run of textRuns(root)) {
      const made = wrapRunSpans(run, spansOf(run.text), (text, span) => {
        const link = root.ownerDocument.createElement('a');
        link.href = span.url;
        link.textContent = text;
        link.title = t('citationTitle', { label: span.label });
        link.setAttribute('data-kamerlezer', 'citation');
        link.setAttribute('data-kamerlezer-ref', span.ref);
        return link;
      });
      links.push(...(made as HTMLAnchorElement[]));
    }
  }
  return links;
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
    linkCitations(page.textRoots, (text) => citationSpans(text, findReferences), t);
    const identified = await context.identify();
    if (!identified || signal.aborted) return;
    const known = knownCitations(identified.document);
    if (known.length > 0)
      linkCitations(page.textRoots, (text) => citationSpans(text, findReferences, known), t);
  },
});
