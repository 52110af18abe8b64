/**
 * Linking words in page text without touching the page's HTML: we split text nodes and wrap
 * the span in an element made with DOM APIs. Text already inside a link, a form control or
 * something we added is left alone, which also makes every pass idempotent.
 */
const LEAVE_ALONE =
  'a, button, script, style, textarea, select, option, [contenteditable], [data-kamerlezer]';

export function textNodesIn(root: Element): Text[] {
  return [...eachTextNode(root)];
}

/** The same text nodes, one at a time (a huge page is walked in slices, see ./slices.ts). */
export function* eachTextNode(root: Element): Generator<Text> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeValue &&
      node.nodeValue.trim().length > 3 &&
      !node.parentElement?.closest(LEAVE_ALONE)
        ? 1 /* FILTER_ACCEPT */
        : 2 /* FILTER_REJECT */,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/** Replace `node` by its text with each span wrapped by `make`; spans sorted and disjoint. */
export function wrapSpans<S extends { start: number; end: number }>(
  node: Text,
  spans: readonly S[],
  make: (text: string, span: S) => HTMLElement,
): HTMLElement[] {
  if (spans.length === 0 || !node.parentNode) return [];
  const text = node.nodeValue ?? '';
  const doc = node.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const made: HTMLElement[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) fragment.append(doc.createTextNode(text.slice(at, span.start)));
    const element = make(text.slice(span.start, span.end), span);
    fragment.append(element);
    made.push(element);
    at = span.end;
  }
  if (at < text.length) fragment.append(doc.createTextNode(text.slice(at)));
  node.parentNode.replaceChild(fragment, node);
  return made;
}
