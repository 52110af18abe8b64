/**
 * Reading text from official pages, shared by the site adapters. Everything here takes the
 * element to read as a parameter (no global document), so the same code runs on a live page,
 * on a fixture in happy-dom and on a detached document.
 */

/** Elements whose text is not part of the sentence: footnote markers and our own additions. */
const SKIPPED = 'sup, .nootnum, a.noot, [data-kamerlezer], script, style, noscript';

/** The element's text without footnote markers, whitespace collapsed. */
export function cleanText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !(child as Element).matches(SKIPPED)) {
        // Block children are separate sentences: keep them apart.
        if (BLOCK.has((child as Element).localName)) parts.push(' ');
        walk(child);
      }
    }
  };
  walk(element);
  return stripGluedFootnotes(parts.join('').replace(/\s+/g, ' ').trim());
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'br',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
]);

/**
 * Footnote numbers the page printed as plain text right after a question mark ("Knol?1",
 * "gedaan?2 3"): a question never ends in digits, so those are markers.
 */
export function stripGluedFootnotes(text: string): string {
  return text.replace(/\?(?:\s?\d{1,2})+(?=\s|$)/g, '?');
}

/** "Vraag 2, 3", "Antwoord op vraag 4 en 5", "Vragen 6 t/m 8" → the question numbers. */
export function numbersIn(label: string): number[] {
  const range = /(\d+)\s*(?:t\/m|tot en met|-|–)\s*(\d+)/.exec(label);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to >= from && to - from < 100)
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** A question is a sentence that ends in a question mark (after footnote markers are gone). */
export function isQuestionText(text: string): boolean {
  return /\?["'»”)]?$/.test(text.trim());
}

/**
 * "Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de ministers … over …"
 * → ["Kathmann", "Six Dijkstra"]. Also the "aan" part's names are not names (they are offices).
 */
export function submittersFromDescription(text: string): string[] {
  const match = /\b(?:het lid|de leden)\s+(.+?)\s+(?:aan|over)\s/i.exec(text);
  if (!match) return [];
  return splitPeople(match[1]);
}

/** "Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC)" → ["Kathmann", "Six Dijkstra"]. */
export function splitPeople(list: string): string[] {
  return list
    .replace(/\([^)]*\)/g, ',')
    .split(/,|\s+en\s+/)
    .map(personName)
    .filter((name) => name.length > 1);
}

/** Drops role words and initials: "Indiener B. Kathmann (GroenLinks-PvdA)" → "Kathmann". */
export function personName(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(?:mede-?)?indiener(?:s)?\s*:?\s*/i, '')
    .replace(/\b(?:[A-Z]\.\s*)+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The subject of a title such as "Vragen van het lid X over de groeiende afhankelijkheid …
 * (ingezonden 22 mei 2025)." or "Antwoorden op Kamervragen over het sluiten van …": what
 * follows the first " over ", without the submission note. Titles without "over" stay whole.
 */
export function subjectOf(title: string): string {
  const cleaned = title
    .replace(/\s*\((?:ingezonden|ontvangen)[^)]*\)\s*\.?\s*$/i, '')
    .replace(/\.\s*$/, '')
    .trim();
  const over = /\sover\s+(.+)$/i.exec(cleaned);
  const subject = over ? over[1] : cleaned;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** Leaf text blocks under `root`, in document order: paragraphs, list items, headings. */
export function textBlocks(root: Element): Element[] {
  return [...root.querySelectorAll('p, li, h2, h3, h4, dd')].filter(
    (element) => !element.querySelector('p, li') && !element.closest('[data-kamerlezer]'),
  );
}
