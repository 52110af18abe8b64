/**
 * Dates read from the text of an official page, for sets the corpus has no dates for (the seed).
 * The forms on the real pages (docs/ARCHITECTURE.md, "Page recognition"):
 *
 * - questions: "Vragen van de leden … over … (ingezonden 23 mei 2025)." (tweedekamer.nl text,
 *   officielebekendmakingen.nl h1 sentence and DC.title), hard-wrapped anywhere;
 * - answers: "Antwoord van Minister X (Ministerie) (ontvangen 4 februari 2025). Zie ook Aanhangsel
 *   Handelingen, vergaderjaar 2024–2025, nr. 1028.";
 * - postponement notices: "Mededeling van Staatssecretaris X (…) (ontvangen 12 juni 2025)." with
 *   the questions reprinted after it; a withdrawal is a Mededeling that says the questions are
 *   withdrawn (ingetrokken);
 * - officielebekendmakingen.nl head: OVERHEIDop.datumIndiening / OVERHEIDop.datumOntvangst (ISO);
 *   answer documents open with "Vergaderjaar 2024-2025 Aanhangsel van de Handelingen … <nr>".
 *
 * Dates are written "23 mei 2025", "1 januari 2025", "23-05-2025", "2025-05-23", English
 * "23 May 2025" / "May 23, 2025"; NBSPs and line breaks may stand anywhere between the parts.
 * Pure text in, ISO dates out: no DOM here.
 */
import type { ClockFacts } from './deadline';
import { isoDate, type IsoDate } from './days';

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // English
  january: 1,
  february: 2,
  march: 3,
  mar: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  oct: 10,
};

const MONTH_WORD = '([A-Za-z]{3,9})\\.?';
/** "23 mei 2025", "1e januari 2025" (rare), "23 May 2025". */
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:e|ste|de)?\\s+${MONTH_WORD}\\s+(\\d{4})`, 'y');
/** "May 23, 2025". */
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'y');
const NUMERIC_DMY = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/y;
const NUMERIC_YMD = /(\d{4})-(\d{2})-(\d{2})/y;

/** Collapse every kind of whitespace (NBSP, line breaks of hard-wrapped text) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ');
}

function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase()] ?? null;
}

/** A date at exactly `index` of `text` (already space-normalised): its ISO form and length. */
function dateAt(text: string, index: number): { iso: IsoDate; length: number } | null {
  const attempts: [RegExp, (m: RegExpExecArray) => IsoDate | null][] = [
    [NUMERIC_YMD, (m) => isoDate(+m[1], +m[2], +m[3])],
    [NUMERIC_DMY, (m) => isoDate(+m[3], +m[2], +m[1])],
    [
      DAY_MONTH_YEAR,
      (m) => {
        const month = monthOf(m[2]);
        return month ? isoDate(+m[3], month, +m[1]) : null;
      },
    ],
    [
      MONTH_DAY_YEAR,
      (m) => {
        const month = monthOf(m[1]);
        return month ? isoDate(+m[3], month, +m[2]) : null;
      },
    ],
  ];
  for (const [pattern, read] of attempts) {
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    if (!m) continue;
    const iso = read(m);
    if (iso) return { iso, length: m[0].length };
  }
  return null;
}

/** The first date anywhere in `text` ("23 mei 2025", "2025-05-23", …), as ISO; null when none. */
export function parseDate(text: string): IsoDate | null {
  const normal = normaliseSpace(text).trim();
  for (let i = 0; i < normal.length; i++) {
    if (!/[\dA-Za-z]/.test(normal[i]) || (i > 0 && /[\dA-Za-z]/.test(normal[i - 1]))) continue;
    const found = dateAt(normal, i);
    if (found) return found.iso;
  }
  return null;
}

export interface PageDateSource {
  /** The page's text (body text, the h1 sentence, the kamervraagomschrijving/opmerking). */
  text: string;
  /** Head metadata by name: OVERHEIDop.datumIndiening, OVERHEIDop.datumOntvangst, DC.title, DC.type, DC.identifier. */
  meta?: Record<string, string | undefined>;
  /** The page's document type as its heading names it ("Mededeling (uitstel antwoord)", "Antwoord schriftelijke vragen (nader)"). */
  heading?: string;
}

export interface PageDates extends ClockFacts {
  postponements: IsoDate[];
  /** The Aanhangsel the page names: "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028". */
  aanhangsel: { vergaderjaar: string; number: number } | null;
}

type Received = 'answer' | 'further-answer' | 'postponement' | 'withdrawal';

const DATE_IN_PARENS = /\(\s*(ingezonden|ontvangen|submitted|received)\s+([^()]{6,40}?)\s*\)/gi;

/** What a "(ontvangen …)" belongs to: the nearest "Antwoord" / "Mededeling" before it. */
function receivedKind(text: string, index: number, heading: string): Received {
  const before = text.slice(Math.max(0, index - 400), index);
  const after = text.slice(index, index + 500);
  const lastOf = (pattern: RegExp) => {
    let last = -1;
    for (const m of before.matchAll(pattern)) last = m.index ?? last;
    return last;
  };
  const notice = lastOf(/\bMededeling\b/gi);
  const answer = lastOf(/\bAntwoord(?:en)?\b/gi);
  if (notice > answer || (notice < 0 && answer < 0 && /uitstel|mededeling/i.test(heading))) {
    return /\bingetrokken\b|\bintrekking\b|\btrekt\b[^.]{0,80}\bin\b/i.test(after)
      ? 'withdrawal'
      : 'postponement';
  }
  const further = lastOf(/\b(?:Nader|Aanvullend)\s+antwoord\b/gi);
  if ((further >= 0 && further >= answer - 8) || /\(nader\)/i.test(heading))
    return 'further-answer';
  return 'answer';
}

const AANHANGSEL =
  /Aanhangsel\s+(?:van\s+de\s+)?Handelingen,?\s+(?:vergaderjaar\s+)?(\d{4})\s*[-–/]\s*(\d{2,4}),?\s+nr\.?\s*(\d+)/i;
const AANHANGSEL_HEAD =
  /Vergaderjaar\s+(\d{4})\s*[-–/]\s*(\d{2,4})\s+Aanhangsel van de Handelingen\b.{0,200}?\b(\d{1,5})\b/i;
const AH_ID = /\bah-tk-(\d{4})(\d{4})-(\d+)\b/;

function vergaderjaar(first: string, second: string): string {
  const end = second.length === 2 ? `${first.slice(0, 2)}${second}` : second;
  return `${first}-${end}`;
}

function aanhangselOf(text: string, meta: Record<string, string | undefined>) {
  const written = AANHANGSEL.exec(text) ?? AANHANGSEL_HEAD.exec(text);
  if (written) return { vergaderjaar: vergaderjaar(written[1], written[2]), number: +written[3] };
  const id =
    AH_ID.exec(meta['DC.identifier'] ?? '') ?? AH_ID.exec(meta['OVERHEIDop.aanhangsel'] ?? '');
  if (id) return { vergaderjaar: `${id[1]}-${id[2]}`, number: +id[3] };
  return null;
}

/** Every date the page states about its set. */
export function datesFromPage(source: PageDateSource): PageDates {
  const meta = source.meta ?? {};
  const heading = source.heading ?? meta['DC.type'] ?? '';
  const text = normaliseSpace([source.text, meta['DC.title'] ?? ''].filter(Boolean).join(' \n '));
  const dates: PageDates = {
    submittedOn: null,
    answeredOn: null,
    postponements: [],
    withdrawn: false,
    withdrawnOn: null,
    furtherAnswerOn: null,
    aanhangsel: aanhangselOf(text, meta),
  };
  const kinds = new Set<Received>();
  for (const m of text.matchAll(DATE_IN_PARENS)) {
    const date = parseDate(m[2]);
    if (!date) continue;
    const word = m[1].toLowerCase();
    if (word === 'ingezonden' || word === 'submitted') {
      dates.submittedOn ??= date;
      continue;
    }
    const kind = receivedKind(text, m.index ?? 0, heading);
    kinds.add(kind);
    record(dates, kind, date);
  }
  // "ingezonden 22 mei 2025" without brackets (tweedekamer.nl's meta line).
  if (!dates.submittedOn) {
    const loose =
      /\bingezonden\s+(?:op\s+)?(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})/i.exec(
        text,
      );
    if (loose) dates.submittedOn = parseDate(loose[1]);
  }
  const indiening = (meta['OVERHEIDop.datumIndiening'] ?? '').trim();
  if (!dates.submittedOn && indiening) dates.submittedOn = parseDate(indiening);
  const ontvangst = (meta['OVERHEIDop.datumOntvangst'] ?? '').trim();
  const ontvangen = ontvangst ? parseDate(ontvangst) : null;
  if (ontvangen && kinds.size === 0) {
    const kind: Received = /uitstel|mededeling/i.test(heading)
      ? 'postponement'
      : /\(nader\)/i.test(heading)
        ? 'further-answer'
        : 'answer';
    record(dates, kind, ontvangen);
  }
  dates.postponements.sort();
  return dates;
}

function record(dates: PageDates, kind: Received, date: IsoDate): void {
  switch (kind) {
    case 'answer':
      if (!dates.answeredOn || date < dates.answeredOn) dates.answeredOn = date;
      break;
    case 'further-answer':
      dates.furtherAnswerOn ??= date;
      break;
    case 'postponement':
      if (!dates.postponements.includes(date)) dates.postponements.push(date);
      break;
    case 'withdrawal':
      dates.withdrawn = true;
      dates.withdrawnOn ??= date;
      break;
  }
}
