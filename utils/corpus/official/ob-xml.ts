/**
 * The text of one officielebekendmakingen publication of a set: the questions document
 * (`kv-tk-<Zaak>.xml`) or an Aanhangsel (`ah-tk-<vergaderjaar>-<nr>.xml`: an answer, a nader
 * answer or a postponement notice, which reprint the questions).
 *
 * No official schema was found; the shapes below are triangulated from how independent readers
 * (tkapi/OpenKamer, tkconv, older scrapers) walk these files (docs/ARCHITECTURE.md, "Official corpus"):
 *   current  officiele-publicatie › kamervragen › kamervraagkop › kamervraagomschrijving
 *            (@type vraag|antwoord, with naam/functie/datum@isodatum inside), kamervraagopmerking,
 *            vraag › nr + al*, antwoord › nr + al*; footnotes inline as noot › noot.nr + noot.al,
 *            or a nootref@refid pointing to a noot elsewhere.
 *   older    … › vragen › omschr, vraag (nr + al, or only al with "Vraag 1" as its first line),
 *            toelicht; answers in antwoord.
 * Everything is read defensively: a number may sit in `nr` or open the first `al`, a joint answer
 * is written "Antwoord 2 en 3", "Antwoord 2, 3", "Antwoord op vraag 4 en 5" or "1 t/m 3".
 */
import { elements, findAll, findFirst, parseXml, textOf, type XmlElement } from './xml';

export interface ObQuestion {
  number: number;
  text: string;
  footnotes: number[];
}

export interface ObAnswer {
  /** The questions this answer answers (several: a joint answer). */
  numbers: number[];
  /** Paragraphs joined by a blank line. */
  text: string;
  footnotes: number[];
}

export interface ObPublication {
  /** "Vragen van het lid … over … (ingezonden 23 mei 2025)." */
  heading: string | null;
  /** "Antwoord van minister … (ontvangen …)." */
  answerHeading: string | null;
  /** Postponement / covering remark (kamervraagopmerking, toelicht). */
  remark: string | null;
  submittedOn: string | null;
  answeredOn: string | null;
  questions: ObQuestion[];
  answers: ObAnswer[];
  notes: { number: number; text: string }[];
}

export class ObFormatError extends Error {}

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** "23 mei 2025" → "2025-05-23"; null when not a Dutch date. */
export function dutchDate(text: string): string | null {
  const m = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(text);
  if (!m) return null;
  const month = MONTHS[m[2].toLowerCase()];
  if (!month) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Question numbers in a heading: "Vraag 1", "Antwoord 2 en 3", "Antwoord 2, 3",
 * "Antwoord op vraag 4 en 5", "Antwoord 1 t/m 3", "Vragen 6 – 8". Empty when there are none.
 */
export function headingNumbers(text: string): number[] {
  const head = text.replace(/\s+/g, ' ').trim();
  if (!/^(antwoord|vraag|vragen)\b/i.test(head)) return [];
  const body = head.replace(/^(antwoord(en)?( op)?( de)?( vra(ag|gen))?|vra(ag|gen))\s*/i, '');
  if (!/^\d/.test(body)) return [];
  const numbers: number[] = [];
  const tokens = body.match(/\d+|t\/m|tot en met|[-–]/gi) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d+$/.test(t)) {
      numbers.push(Number(t));
      continue;
    }
    const from = numbers[numbers.length - 1];
    const to = Number(tokens[i + 1]);
    if (from !== undefined && Number.isInteger(to) && to > from && to - from < 100) {
      for (let k = from + 1; k <= to; k++) numbers.push(k);
      i++;
    }
  }
  return [...new Set(numbers)].filter((x) => x > 0 && x < 1000);
}

interface NoteIndex {
  byId: Map<string, number>;
  texts: Map<number, string>;
}

function noteNumber(noot: XmlElement, fallback: number): number {
  const nr = findFirst(noot, 'noot.nr') ?? findFirst(noot, 'nootnr');
  const n = nr ? Number(textOf(nr).replace(/\D/g, '')) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function noteText(noot: XmlElement): string {
  const parts = findAll(noot, 'noot.al');
  if (parts.length > 0) return parts.map((p) => textOf(p)).join(' ');
  return textOf(noot, (e) => e.name === 'noot.nr' || e.name === 'nootnr');
}

function indexNotes(root: XmlElement): NoteIndex {
  const byId = new Map<string, number>();
  const texts = new Map<number, string>();
  let count = 0;
  for (const noot of findAll(root, 'noot')) {
    const number = noteNumber(noot, ++count);
    if (noot.attrs.id) byId.set(noot.attrs.id, number);
    if (!texts.has(number)) texts.set(number, noteText(noot));
  }
  return { byId, texts };
}

/** Paragraph text with footnotes taken out and their numbers collected. */
function paragraph(al: XmlElement, notes: NoteIndex, footnotes: number[]): string {
  const parts: string[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') parts.push(c);
      else if (c.name === 'noot') {
        const number = notes.byId.get(c.attrs.id ?? '') ?? noteNumber(c, footnotes.length + 1);
        footnotes.push(number);
      } else if (c.name === 'nootref') {
        const number = notes.byId.get(c.attrs.refid ?? c.attrs.ref ?? '');
        if (number !== undefined) footnotes.push(number);
      } else walk(c);
    }
  };
  walk(al);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:?!)])/g, '$1')
    .trim();
}

/** `al` elements of a vraag/antwoord (or the element itself when it has none), as paragraphs. */
function paragraphsOf(el: XmlElement, notes: NoteIndex, footnotes: number[]): string[] {
  const als = findAll(el, 'al').filter((a) => !isInsideNote(el, a));
  const source = als.length > 0 ? als : [el];
  return source.map((a) => paragraph(a, notes, footnotes)).filter((p) => p !== '');
}

function isInsideNote(root: XmlElement, target: XmlElement): boolean {
  // findAll does not descend into matches, but `al` may sit inside a noot › noot.al: rare, check.
  let inside = false;
  const walk = (el: XmlElement, inNote: boolean): boolean => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c === target) {
        inside = inNote;
        return true;
      }
      if (walk(c, inNote || c.name === 'noot')) return true;
    }
    return false;
  };
  walk(root, false);
  return inside;
}

interface Numbered {
  numbers: number[];
  paragraphs: string[];
  footnotes: number[];
}

function numbered(el: XmlElement, notes: NoteIndex): Numbered {
  const footnotes: number[] = [];
  const nr = elements(el, 'nr')[0];
  let numbers = nr ? headingNumbers(textOf(nr)) : [];
  if (nr && numbers.length === 0) {
    const bare = textOf(nr).match(/\d+/g);
    numbers = bare ? bare.map(Number) : [];
  }
  const paragraphs = paragraphsOf(el, notes, footnotes);
  // Older files and some answers put "Vraag 1" / "Antwoord 1" as the first paragraph.
  if (paragraphs.length > 0) {
    const first = headingNumbers(paragraphs[0]);
    if (
      first.length > 0 &&
      paragraphs[0].length < 60 &&
      /^\S+( op)?( vra\w+)?[\s\d,en–t/m-]*$/i.test(paragraphs[0])
    ) {
      if (numbers.length === 0) numbers = first;
      paragraphs.shift();
    }
  }
  return { numbers, paragraphs, footnotes };
}

function dateIn(el: XmlElement | null): string | null {
  if (!el) return null;
  const datum = findFirst(el, 'datum');
  const iso = datum?.attrs.isodatum;
  if (iso && ISO_DATE.test(iso)) return iso.slice(0, 10);
  return dutchDate(textOf(el));
}

function meta(root: XmlElement, name: string): string | null {
  for (const m of findAll(root, 'meta')) {
    if (m.attrs.name === name && m.attrs.content) return m.attrs.content;
  }
  return null;
}

/** Read one publication's XML text. Throws XmlError (malformed/truncated) or ObFormatError. */
export function readObXml(text: string): ObPublication {
  const root = parseXml(text);
  const container =
    findFirst(root, 'kamervragen') ??
    findFirst(root, 'vragen') ??
    (root.name === 'kamervragen' || root.name === 'vragen' ? root : null);
  if (!container)
    throw new ObFormatError(
      `<${root.name}> holds no kamervragen or vragen: not a set of Kamervragen`,
    );
  const notes = indexNotes(root);

  const omschrijvingen = [
    ...findAll(container, 'kamervraagomschrijving'),
    ...findAll(container, 'omschr'),
  ];
  const vraagHead =
    omschrijvingen.find((o) => (o.attrs.type ?? 'vraag') === 'vraag') ?? omschrijvingen[0] ?? null;
  const antwoordHead = omschrijvingen.find((o) => o.attrs.type === 'antwoord') ?? null;
  const remarkEl = findFirst(container, 'kamervraagopmerking') ?? findFirst(container, 'toelicht');

  const questions: ObQuestion[] = [];
  for (const v of findAll(container, 'vraag')) {
    const q = numbered(v, notes);
    const number = q.numbers[0] ?? questions.length + 1;
    if (q.paragraphs.length === 0) continue;
    if (questions.some((x) => x.number === number)) continue;
    questions.push({ number, text: q.paragraphs.join(' '), footnotes: q.footnotes });
  }
  const answers: ObAnswer[] = [];
  let lastNumber = 0;
  for (const a of findAll(container, 'antwoord')) {
    const r = numbered(a, notes);
    if (r.paragraphs.length === 0) continue;
    // An unnumbered answer answers the question after the previous answer's.
    const numbers = r.numbers.length > 0 ? r.numbers : [lastNumber + 1];
    lastNumber = Math.max(...numbers);
    answers.push({ numbers, text: r.paragraphs.join('\n\n'), footnotes: r.footnotes });
  }

  const submittedOn =
    dateIn(vraagHead) ?? (meta(root, 'OVERHEIDop.datumIndiening') || null)?.slice(0, 10) ?? null;
  const answeredOn =
    dateIn(antwoordHead) ?? (meta(root, 'OVERHEIDop.datumOntvangst') || null)?.slice(0, 10) ?? null;
  return {
    heading: vraagHead ? textOf(vraagHead) : null,
    answerHeading: antwoordHead ? textOf(antwoordHead) : null,
    remark: remarkEl ? textOf(remarkEl, (e) => e.name === 'noot') : null,
    submittedOn: submittedOn && ISO_DATE.test(submittedOn) ? submittedOn : null,
    answeredOn: answeredOn && ISO_DATE.test(answeredOn) ? answeredOn : null,
    questions,
    answers,
    notes: [...notes.texts]
      .map(([number, t]) => ({ number, text: t }))
      .sort((a, b) => a.number - b.number),
  };
}
