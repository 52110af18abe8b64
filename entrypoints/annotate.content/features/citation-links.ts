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
import { eachTextNode, textNodesIn, wrapSpans } from '../text-nodes';
import { MAX_LINKS, MAX_TEXT_NODES, sliceClock } from '../slices';

export function linkCitations(
  roots: readonly Element[],
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const root of roots) {
    for (const node of textNodesIn(root)) {
      const made = wrapSpans(node, spansOf(node.nodeValue ?? ''), (text, span) => {
        const link = node.ownerDocument.createElement('a');
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
  // Walk first, link after: a walker stops at a node that linking has replaced.
  const nodes: Text[] = [];
  walk: for (const root of roots) {
    for (const node of eachTextNode(root)) {
      if (nodes.length >= MAX_TEXT_NODES) break walk;
      nodes.push(node);
      if (clock.due()) {
        await clock.next();
        if (signal.aborted) return 0;
      }
    }
  }
  let links = 0;
  for (const node of nodes) {
    if (links >= MAX_LINKS) break;
    if (clock.due()) {
      await clock.next();
      if (signal.aborted) return links;
    }
    // The page may have changed meanwhile: only text still in place and not yet linked.
    if (!node.isConnected || node.parentElement?.closest('a, [data-kamerlezer]')) continue;
    links += linkCitationsOfNode(node, spansOf, t).length;
  }
  return links;
}

function linkCitationsOfNode(
  node: Text,
  spansOf: (text: string) => CitationSpan[],
  t: PageTranslate,
): HTMLElement[] {
  return wrapSpans(node, spansOf(node.nodeValue ?? ''), (text, span) => {
    const link = node.ownerDocument.createElement('a');
    link.href = span.url;
    link.textContent = text;
    link.title = t('citationTitle', { label: span.label });
    link.setAttribute('data-kamerlezer', 'citation');
    link.setAttribute('data-kamerlezer-ref', span.ref);
    return link;
  });
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
