/**
 * Hard-wrapped text (docs/ARCHITECTURE.md, "Page recognition"): tweedekamer.nl prints a document as the lines of its Word/PDF
 * source, separated by <br> or newlines, with "Vraag 1" / "Antwoord 1" as lines among them rather
 * than elements of their own. This reads such a block the way a reader does: a label line starts
 * a unit, a blank line ends a paragraph, and the lines in between are one sentence run. Each unit
 * is wrapped in an inline <span data-kamerlezer-line> (no box, no layout change), so the page
 * features can mark a question or jump to an answer; a second read finds the spans in place.
 */

/** "Vraag 3", "Antwoord 4 en 5", "Antwoord 2, 3", "Antwoord op vraag 6:" at the start of a line. */
export const LABEL_LINE =
  /^(?:vraag|vragen|antwoord(?:en)?(?:\s+(?:op|bij)\s+(?:vraag|vragen))?)\s+\d{1,3}(?:\s*(?:,|en|t\/m|-|–)\s*\d{1,3})*\s*[:.]?(?:\s|$)/i;
/** A footnote printed as a line: "1 BNR, 20 mei 2025, …", "3 Kamerstuk 26 643, nr. 1315." */
export const NOTE_LINE = /^\d{1,2}\s+(?:\p{Lu}|«|https?:)/u;
/** The opening sentences of a document (who asks, answers or gives notice). */
const OPENING_LINE = /^(?:Vragen van|Antwoord van|Mededeling van|Vergaderjaar|Aanhangsel)\b/;

export const LINE_UNIT_ATTRIBUTE = 'data-kamerlezer-line';

type Line = Node[];

function linesOf(block: Element): Line[] {
  const lines: Line[] = [[]];
  const children = [...block.childNodes];
  for (const child of children) {
    if (child.nodeType === 1 && (child as Element).localName === 'br') {
      lines[lines.length - 1].push(child);
      lines.push([]);
      continue;
    }
    if (child.nodeType === 3) {
      let text = child as Text;
      let at = (text.nodeValue ?? '').indexOf('\n');
      while (at >= 0) {
        const rest = text.splitText(at + 1);
        lines[lines.length - 1].push(text);
        lines.push([]);
        text = rest;
        at = (text.nodeValue ?? '').indexOf('\n');
      }
      if (text.nodeValue) lines[lines.length - 1].push(text);
      continue;
    }
    lines[lines.length - 1].push(child);
  }
  return lines;
}

const lineText = (line: Line) =>
  line
    .map((node) =>
      node.nodeType === 1 && (node as Element).localName === 'br' ? '' : node.textContent,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a block holds label lines among other lines (then it is read line by line). */
export function holdsLabelLines(block: Element): boolean {
  const text = block.textContent ?? '';
  if (!/(?:^|\n|\r)\s*(?:Vraag|Antwoord)\s+\d/.test(text) && !block.querySelector('br'))
    return false;
  let labels = 0;
  let lines = 0;
  // Count without splitting: the text with <br> as newlines.
  const parts: string[] = [];
  for (const child of block.childNodes) {
    if (child.nodeType === 1 && (child as Element).localName === 'br') parts.push('\n');
    else parts.push(child.textContent ?? '');
  }
  for (const raw of parts.join('').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    lines++;
    if (LABEL_LINE.test(line)) labels++;
  }
  return labels >= 1 && lines > labels;
}

/**
 * The units of a line-printed block, each wrapped in a span (created once). Blocks that are not
 * line-printed come back as they are.
 */
export function lineUnits(block: Element): Element[] {
  const existing = [...block.querySelectorAll(`[${LINE_UNIT_ATTRIBUTE}]`)];
  if (existing.length > 0) return existing;
  if (!holdsLabelLines(block)) return [block];
  const doc = block.ownerDocument;
  const units: Line[] = [];
  let current: Line = [];
  const close = () => {
    if (current.some((node) => (node.textContent ?? '').trim())) units.push(current);
    current = [];
  };
  for (const line of linesOf(block)) {
    const text = lineText(line);
    if (!text) {
      // A blank line ends a paragraph; its break stays outside the units.
      close();
      continue;
    }
    if (LABEL_LINE.test(text) || NOTE_LINE.test(text) || OPENING_LINE.test(text)) close();
    current.push(...line);
    // A label alone on its line is a unit of its own; the text follows in the next one.
    if (LABEL_LINE.test(text) && text.replace(LABEL_LINE, '').trim() === '') close();
  }
  close();
  return units.map((nodes) => {
    // A trailing <br> stays outside, so the span ends with its text.
    while (nodes.length > 1 && (nodes[nodes.length - 1] as Element).localName === 'br') nodes.pop();
    const span = doc.createElement('span');
    span.setAttribute(LINE_UNIT_ATTRIBUTE, '');
    nodes[0].parentNode!.insertBefore(span, nodes[0]);
    for (const node of nodes) span.append(node);
    return span;
  });
}
