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

/** Elements whose text is one run: a citation may break over lines inside them, not between them. */
const BLOCKS =
  'p, div, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, section, article, main, body';

/**
 * The text of `root` as runs a reader sees: one per block, with line breaks (<br>, newlines) and
 * runs of whitespace read as one space, so "(Kamerstuk⏎36 574, nr.<br>2)" reads as one citation.
 * `at[i]` is where character i of `text` stands in the page (text node and offset).
 */
export interface TextRun {
  text: string;
  at: [Text, number][];
}

export function textRuns(root: Element): TextRun[] {
  const doc = root.ownerDocument;
  const runs: TextRun[] = [];
  let run: TextRun | null = null;
  let block: Element | null = null;
  let pendingSpace = false;
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && (node as Element).matches(LEAVE_ALONE)
        ? 2 /* FILTER_REJECT: skip the subtree */
        : 1,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).localName === 'br') pendingSpace = true;
      continue;
    }
    const text = node as Text;
    const value = text.nodeValue ?? '';
    if (!value) continue;
    const own = text.parentElement?.closest(BLOCKS) ?? root;
    if (!run || own !== block) {
      if (run && run.text.trim()) runs.push(run);
      run = { text: '', at: [] };
      block = own;
      pendingSpace = false;
    }
    const current: TextRun = run;
    const push = (char: string, offset: number) => {
      if (char === ' ' && (current.text === '' || current.text.endsWith(' '))) return;
      current.text += char;
      current.at.push([text, offset]);
    };
    if (pendingSpace) push(' ', 0);
    pendingSpace = false;
    for (let i = 0; i < value.length; i++) push(/\s/.test(value[i]) ? ' ' : value[i], i);
  }
  if (run && run.text.trim()) runs.push(run);
  return runs;
}

/**
 * Wrap each span of a run in an element from `make`, also where the span crosses text nodes (a
 * citation broken by a <br>): one element holds it all. Spans sorted and disjoint.
 */
export function wrapRunSpans<S extends { start: number; end: number }>(
  run: TextRun,
  spans: readonly S[],
  make: (text: string, span: S) => HTMLElement,
): HTMLElement[] {
  const made: HTMLElement[] = [];
  // From the last span back, so the positions of the earlier ones stay valid.
  for (const span of [...spans].reverse()) {
    if (span.end <= span.start || span.end > run.at.length) continue;
    const [startNode, startOffset] = run.at[span.start];
    const [endNode, endOffset] = run.at[span.end - 1];
    if (!startNode.parentNode || !endNode.parentNode) continue;
    const element = make(run.text.slice(span.start, span.end), span);
    element.textContent = '';
    // Split off the covered text at both ends, then move the nodes in between into the element.
    // The end first: splitting it leaves endNode holding the covered head.
    if (endOffset + 1 < (endNode.nodeValue ?? '').length) endNode.splitText(endOffset + 1);
    const first = startOffset > 0 ? startNode.splitText(startOffset) : startNode;
    const lastNode = startNode === endNode ? first : endNode;
    if (first.parentNode === lastNode.parentNode) {
      first.parentNode!.insertBefore(element, first);
      let node: Node | null = first;
      while (node) {
        const next: Node | null = node === lastNode ? null : node.nextSibling;
        element.append(node);
        node = next;
      }
    } else {
      // Start and end sit in different elements: move what lies between into the link.
      const range = first.ownerDocument.createRange();
      range.setStartBefore(first);
      range.setEndAfter(lastNode);
      element.append(range.extractContents());
      range.insertNode(element);
    }
    made.unshift(element);
  }
  return made;
}
