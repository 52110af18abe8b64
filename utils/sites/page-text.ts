/**
 * Reading text from official pages, shared by the site adapters. Everything here takes the
 * element to read as a parameter (no global document), so the same code runs on a live page,
 * on a fixture in happy-dom and on a detached document.
 */

import { lineUnits } from './line-units';

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
 * Footnote numbers the page printed as plain text glued to the text (docs/ARCHITECTURE.md, "Domain words" and "Page recognition"): after a
 * question mark ("Knol?1", "gedaan?2 3"), after a lower-case word or its punctuation
 * ("weerspiegelt1,", "kwam.2 Daarnaast", "Kamer»1?", "jl.,1"). Tokens that merely end in digits
 * start with a capital or are short ("M365", "DWR2.0", "D9+") and stay; so do numbers after a
 * space ("artikel 14").
 */
export function stripGluedFootnotes(text: string): string {
  return text
    .replace(/\?(?:\s?\d{1,2})+(?=\s|$)/g, '?')
    .replace(/(?<=\b\p{Lu}?\p{Ll}{2,}[»”’)]?[.,;:?!]{0,2}[»”’)]?)\d{1,2}(?=[\s,.;:?!»”)]|$)/gu, '')
    .replace(/(?<=\d[)\]]|\bc\.s\.)\d{1,2}(?=[\s,.;:]|$)/g, '');
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
  const match = /\b(?:het lid|de leden|het Kamerlid|de Kamerleden)\s+(.+?)\s+(?:aan|over)\s/i.exec(
    text,
  );
  if (!match) return [];
  return splitPeople(match[1]);
}

/**
 * The ministers and state secretaries a page names as answering or writing: "Antwoord van
 * Minister Van Hijum (Sociale Zaken …)", "Mededeling van Staatssecretaris Szabó (…)", a
 * Rijksoverheid summary "Minister Van Weel (JenV) beantwoordt vragen …" → surnames.
 */
export function addresseesFromText(text: string): string[] {
  const names: string[] = [];
  const re =
    /(?:^|\b(?:Antwoord|Mededeling|Brief) van |[.:]\s+)(?:de )?(?:[Mm]inister(?:-president)?|[Ss]taatssecretaris)(?: van [\p{Lu}][\p{L}, ]+?)? ((?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]er|den) )*\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?) ?(?:\(|beantwoordt|informeert|stuurt)/gu;
  for (const match of text.matchAll(re)) {
    const name = personName(match[1]);
    if (name.length > 1 && !names.includes(name)) names.push(name);
  }
  return names;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "22 mei 2025" → "2025-05-22"; null when it is no Dutch date. */
export function isoDate(text: string): string | null {
  const match = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/** The dates a page's text states: "(ingezonden 22 mei 2025)", "(ontvangen 12 juni 2025)". */
export function statedDates(text: string): {
  submittedOn: string | null;
  receivedOn: string | null;
} {
  const submitted = /\(ingezonden ([^)]+)\)/i.exec(text);
  const received = /\(ontvangen ([^)]+)\)/i.exec(text);
  return {
    submittedOn: submitted ? isoDate(submitted[1]) : null,
    receivedOn: received ? isoDate(received[1]) : null,
  };
}

/** "Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC)" → ["Kathmann", "Six Dijkstra"]. */
export function splitPeople(list: string): string[] {
  return list
    .replace(/\([^)]*\)/g, ',')
    .split(/,|\s+en\s+/)
    .map(personName)
    .filter((name) => name.length > 1);
}

/**
 * Drops role words and initials: "Indiener B. Kathmann (GroenLinks-PvdA)" → "Kathmann",
 * officielebekendmakingen's "Kathmann B.C." → "Kathmann", tweedekamer.nl's "Barbara Kathmann,
 * Tweede Kamerlid" → "Barbara Kathmann".
 */
export function personName(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,\s*(?:Tweede Kamerlid|Kamerlid|lid Tweede Kamer).*$/i, '')
    .replace(/^\s*(?:mede-?)?(?:indiener|ondertekenaar)(?:s)?\s*:?\s*/i, '')
    .replace(/^\s*(?:eerste|mede)\s+ondertekenaar\s*/i, '')
    .replace(/(?:^|\s)(?:[A-Z]\.\s*)+(?=\s|$)/g, ' ')
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

/**
 * Leaf text blocks under `root`, in document order: paragraphs, list items, headings, and
 * containers that hold text directly (a document printed as one pre-wrapped div). A block
 * printed line by line, with "Vraag 1" / "Antwoord 1" lines inside, comes back as its units
 * (./line-units.ts).
 */
export function textBlocks(root: Element): Element[] {
  const blocks = [
    ...(root.matches('div, section, article, td') && holdsText(root) ? [root] : []),
    ...root.querySelectorAll('p, li, h2, h3, h4, dd, div, section, article, td'),
  ].filter(
    (element) =>
      !element.closest('[data-kamerlezer]') &&
      (element.matches('p, li, h2, h3, h4, dd')
        ? !element.querySelector('p, li')
        : holdsText(element) && !element.querySelector('p, li, div')),
  );
  return blocks.flatMap(lineUnits);
}

/** Whether an element holds text of its own (not only through child elements). */
function holdsText(element: Element): boolean {
  for (const child of element.childNodes)
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
  return false;
}
