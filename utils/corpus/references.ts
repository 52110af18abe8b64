/**
 * References in Kamervragen text: motions ("motie-Kathmann c.s.", "motie De Korte-Ceder",
 * "de motie van het lid Six Dijkstra c.s.", "moties van de leden Eerdmans en Wilders"), Kamerstuk
 * citations in all spellings ("Kamerstuk 26 643, nr. 1315", "[Kamerstuk 26 643-1315]",
 * "Kamerstukken II 2024/25, 21 501-32, nr. 1740", "36 800-XVI, nr. 12", dossier alone
 * "Kamerstuk 36 574"), earlier written questions ("schriftelijke vragen van het lid Kamminga"),
 * questions of the same set ("vragen 2, 4, 5, 6, 8 en 9", "vraag 4 en 5", "vragen 1 t/m 11") and
 * news items quoted in «…».
 *
 * `findReferences` is pure and context-free so the content script can run it on any page
 * paragraph; offsets are UTF-16 code units into the given text.
 */
import type { Reference, ReferenceKind } from './model';
import { kamerstukKey, kamerstukLabel, kamerstukUrl, type KamerstukParts } from './kamerstuk';

export interface FoundReference {
  kind: ReferenceKind;
  /** The span exactly as written. */
  text: string;
  label: string;
  kamerstuk: string | null;
  url: string | null;
  people?: string[];
  questions?: number[];
  source?: string;
  /** UTF-16 offsets into the searched text: text === input.slice(start, end). */
  start: number;
  end: number;
}

// ---- building blocks --------------------------------------------------------------------------

/** A surname as written: particles and capitalised words, "Six Dijkstra", "Van Baarle", "De Korte". */
const PARTICLE = String.raw`(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n|’t|'t|[Vv]on)`;
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}’']*(?:-\p{Lu}[\p{Ll}\p{Lu}’']*)*`;
const NAME = String.raw`(?:${PARTICLE} ){0,3}${CAP_WORD}(?: (?:${PARTICLE} ){0,2}${CAP_WORD}){0,2}`;
/** "Kathmann", "Eerdmans en Wilders", "Ceder, Kathmann en Six Dijkstra". */
const NAMES = String.raw`${NAME}(?:(?:, | en )${NAME})*`;
const CS = String.raw`(?: c\.s\.)?`;

/** "26 643", "26.643", "26643", "6643" and a suffix "-32" / "-XVI". */
const DOSSIER = String.raw`(\d{1,3}(?:[ .\u00A0]\d{3})|\d{4,6})`;
/** "-32", "-XVI", "-1315", or a roman suffix after a space before the number ("36 600 XV, nr. 78"). */
const SUFFIX_OR_NUMBER = String.raw`(?:(?:\s?[-–]\s?|\s(?=[IVXLC]{1,6},?\s(?:nr|nummer)))(\d{1,5}|[IVXLC]{1,6}\b)(?:-(\d{1,3}|[IVXLC]{1,6}\b))?)?`;
const NR = String.raw`(?:,?\s(?:nr\.?|nummer)\s?(\d{1,5}))?`;
const CHAMBER_YEAR = String.raw`(?:\s(?:I{1,2})\s(?:\d{4}\/\d{2,4}|\d{4}-\d{4}),?)?`;
const KAMERSTUK = String.raw`Kamerstuk(?:ken)?${CHAMBER_YEAR}\s${DOSSIER}${SUFFIX_OR_NUMBER}${NR}`;
/** A formal citation without the word Kamerstuk: "36 800-XVI, nr. 12" (the space form only). */
const BARE_CITATION = String.raw`(?<![\d.,])(\d{2}[ \u00A0]\d{3})(?:-(\d{1,3}|[IVXLC]{1,6}))?,\snr\.\s?(\d{1,5})`;

const RE_KAMERSTUK = new RegExp(KAMERSTUK, 'gu');
const RE_BARE = new RegExp(BARE_CITATION, 'gu');

const MOTION_FORMS: { re: RegExp; plural?: boolean }[] = [
  // motie-Kathmann c.s. / motie-Six Dijkstra / motie-Van Baarle
  { re: new RegExp(String.raw`\b[Mm]otie-(${NAME})${CS}`, 'gu') },
  // motie De Korte-Ceder / motie Kamminga-Boswijk / motie De Korte
  { re: new RegExp(String.raw`\b[Mm]otie (?!van )(${NAME})${CS}`, 'gu') },
  // de motie van het lid Six Dijkstra c.s. / moties van de leden Eerdmans en Wilders
  {
    re: new RegExp(
      String.raw`\b[Mm]oties? van (?:het lid|de leden) (${NAMES})${CS}(?:,? en van (?:het lid|de leden) (${NAMES})${CS})?`,
      'gu',
    ),
    plural: true,
  },
];

const RE_WRITTEN = new RegExp(
  String.raw`\b(?:(?:[Aa]ntwoord(?:en)? op )?(?:de )?)?(?:[Ss]chriftelijke vragen|Kamervragen) van (?:het lid|de leden) (${NAMES})${CS}`,
  'gu',
);
// "vraag 7", "vragen 1 t/m 11", and "(in) antwoord 3" (the answer to question 3).
const RE_QUESTIONS =
  /\b([Vv]ra(?:ag|gen)|[Aa]ntwoord(?:en)?) (\d{1,3}(?:(?:, | en | t\/m | tot en met | ?[-–] ?)\d{1,3})*)(?!\d|[.,]\d)/gu;
const RE_NEWS =
  /\b(?:het |de |een )?(?:nieuws)?(?:bericht|artikel|item|uitzending|interview)(?:en)?(?: van [^«»\n]{1,60}?| in [^«»\n]{1,40}?)?:? («((?:[^«»]|«[^«»]*»)+)»)/gu;
/** "(BNR, 20 mei 2025)", "(NOS, 3 juni jl.)" right after a quoted title: an outlet and a date. */
const NEWS_SOURCE = /^ ?\(([\p{Lu}][^(),]{1,40}, \d{1,2} [a-z]+(?: \d{4}| jl\.)?)\)/u;
const RE_NOTA = /\b[Ii]nitiatiefnota («((?:[^«»]|«[^«»]*»)+)»)/gu;

const QUESTION_HINT = /(?:ra(?:ag|gen)|ntwoord(?:en)?) \d/;

// ---- helpers ------------------------------------------------------------------------------------

function digits(dossier: string): string {
  return dossier.replace(/\D/g, '');
}

/** Reads the groups of KAMERSTUK (dossier, hyphen part, second hyphen part, nr). */
function kamerstukParts(
  dossier: string,
  hyphen?: string,
  hyphen2?: string,
  nr?: string,
): KamerstukParts {
  const d = digits(dossier);
  if (nr)
    return { dossier: d, suffix: hyphen2 ? `${hyphen}-${hyphen2}` : (hyphen ?? null), number: nr };
  if (hyphen && hyphen2) return { dossier: d, suffix: hyphen, number: hyphen2 };
  // "26 643-1315": a number after the hyphen is the document number unless it is a roman suffix.
  if (hyphen && /^\d+$/.test(hyphen)) return { dossier: d, suffix: null, number: hyphen };
  return { dossier: d, suffix: hyphen ?? null, number: null };
}

function citationFields(parts: KamerstukParts) {
  return { kamerstuk: kamerstukKey(parts), url: kamerstukUrl(parts) };
}

function splitNames(names: string): string[] {
  return names
    .split(/, | en /)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** "De Korte-Ceder" → ["De Korte", "Ceder"]: co-submitters of one motion joined by hyphens. */
function motionPeople(name: string): string[] {
  return name.split(/-(?=\p{Lu})/u).map((n) => n.trim());
}

function questionNumbers(list: string): number[] {
  const numbers: number[] = [];
  const re = /(\d{1,3})(?:(?: t\/m | tot en met | ?[-–] ?)(\d{1,3}))?/g;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= Math.min(to, from + 200); n++)
      if (!numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

/** A bracketed citation directly after a motion: returns its parts and the span's new end. */
function citationAfter(text: string, end: number): { parts: KamerstukParts; end: number } | null {
  const tail = /^\s?[(\[]\s?/.exec(text.slice(end, end + 3));
  if (!tail) return null;
  const re = new RegExp(KAMERSTUK, 'uy');
  re.lastIndex = end + tail[0].length;
  const m = re.exec(text);
  if (!m) return null;
  const close = /^\s?[)\]]/.exec(text.slice(re.lastIndex, re.lastIndex + 2));
  return {
    parts: kamerstukParts(m[1], m[2], m[3], m[4]),
    end: re.lastIndex + (close ? close[0].length : 0),
  };
}

/** "motie-Ceder", or "moties van de leden Eerdmans en Wilders" when several are named. */
function pluralLabel(names: string[], plural: boolean, cs: boolean): string {
  if (!plural && names.length === 1) return `motie-${names[0]}${cs ? ' c.s.' : ''}`;
  return `moties van ${names.length > 1 ? 'de leden' : 'het lid'} ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' en ' : ''}${names[names.length - 1]}${cs ? ' c.s.' : ''}`;
}

// ---- the finder ---------------------------------------------------------------------------------

export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  // Cheap keyword checks first: most paragraphs cite nothing, and the patterns are not cheap.
  // (String search is much faster here than one regular expression with alternatives.)
  const hasMotion = text.includes('otie');
  const hasKamerstuk = text.includes('amerstuk');
  const hasNr = text.includes(' nr.');
  const hasQuestion =
    (text.includes('raag ') || text.includes('ragen ') || text.includes('ntwoord')) &&
    QUESTION_HINT.test(text);
  const hasWritten = text.includes('ragen van');
  const hasQuote = text.includes('«');
  if (!(hasMotion || hasKamerstuk || hasNr || hasQuestion || hasWritten || hasQuote)) return found;
  const add = (ref: FoundReference) => found.push(ref);

  for (const { re, plural } of hasMotion ? MOTION_FORMS : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (plural && m[2] !== undefined) {
        // "moties van het lid Ceder en van de leden Eerdmans en Wilders": two motions, two spans.
        const second = m[0].lastIndexOf(' en van ');
        const firstText = m[0].slice(0, second);
        const firstNames = splitNames(m[1]);
        const secondStart = m.index + second + ' en '.length;
        const secondNames = splitNames(m[2]);
        add({
          kind: 'motion',
          text: firstText,
          label: pluralLabel(
            firstNames,
            /^[Mm]oties/.test(m[0]) && firstNames.length > 1,
            / c\.s\.$/.test(firstText),
          ),
          kamerstuk: null,
          url: null,
          people: firstNames,
          start: m.index,
          end: m.index + second,
        });
        const secondText = text.slice(secondStart, m.index + m[0].length);
        add({
          kind: 'motion',
          text: secondText,
          label: pluralLabel(secondNames, secondNames.length > 1, / c\.s\.$/.test(secondText)),
          kamerstuk: null,
          url: null,
          people: secondNames,
          start: secondStart,
          end: m.index + m[0].length,
        });
        continue;
      }
      const names = plural ? splitNames(m[1]) : motionPeople(m[1]);
      const cs = / c\.s\.$/.test(m[0]);
      let end = m.index + m[0].length;
      const cited = citationAfter(text, end);
      if (cited) end = cited.end;
      // One motion by one member reads "motie-Kathmann c.s." whatever the wording; several keep theirs.
      const single = !plural || (!/^[Mm]oties/.test(m[0]) && names.length === 1);
      const label = single
        ? `motie-${plural ? names[0] : m[1]}${cs ? ' c.s.' : ''}`
        : `moties van ${names.length > 1 ? 'de leden' : 'het lid'} ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' en ' : ''}${names[names.length - 1]}${cs ? ' c.s.' : ''}`;
      add({
        kind: 'motion',
        text: text.slice(m.index, end),
        label,
        kamerstuk: cited ? citationFields(cited.parts).kamerstuk : null,
        url: cited ? citationFields(cited.parts).url : null,
        people: names,
        start: m.index,
        end,
      });
    }
  }

  RE_NOTA.lastIndex = 0;
  for (let m = hasQuote ? RE_NOTA.exec(text) : null; m; m = RE_NOTA.exec(text)) {
    let end = m.index + m[0].length;
    const cited = citationAfter(text, end);
    if (cited) end = cited.end;
    add({
      kind: 'kamerstuk',
      text: text.slice(m.index, end),
      label: `initiatiefnota «${m[2]}»`,
      kamerstuk: cited ? citationFields(cited.parts).kamerstuk : null,
      url: cited ? citationFields(cited.parts).url : null,
      start: m.index,
      end,
    });
  }

  RE_KAMERSTUK.lastIndex = 0;
  for (let m = hasKamerstuk ? RE_KAMERSTUK.exec(text) : null; m; m = RE_KAMERSTUK.exec(text)) {
    const parts = kamerstukParts(m[1], m[2], m[3], m[4]);
    add({
      kind: 'kamerstuk',
      text: m[0],
      label: kamerstukLabel(parts),
      ...citationFields(parts),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  RE_BARE.lastIndex = 0;
  for (let m = hasNr ? RE_BARE.exec(text) : null; m; m = RE_BARE.exec(text)) {
    const parts: KamerstukParts = { dossier: digits(m[1]), suffix: m[2] ?? null, number: m[3] };
    add({
      kind: 'kamerstuk',
      text: m[0],
      label: kamerstukLabel(parts),
      ...citationFields(parts),
      start: m.index,
      end: m.index + m[0].length,
    });
  }

  RE_WRITTEN.lastIndex = 0;
  for (let m = hasWritten ? RE_WRITTEN.exec(text) : null; m; m = RE_WRITTEN.exec(text)) {
    const people = splitNames(m[1]);
    add({
      kind: 'written-questions',
      text: m[0],
      label: `schriftelijke vragen van ${people.length > 1 ? 'de leden' : 'het lid'} ${m[1]}`,
      kamerstuk: null,
      url: null,
      people,
      start: m.index,
      end: m.index + m[0].length,
    });
  }

  RE_QUESTIONS.lastIndex = 0;
  for (let m = hasQuestion ? RE_QUESTIONS.exec(text) : null; m; m = RE_QUESTIONS.exec(text)) {
    const questions = questionNumbers(m[2]);
    const answer = /^[Aa]/.test(m[1]);
    const word = answer
      ? questions.length > 1
        ? 'antwoorden'
        : 'antwoord'
      : questions.length > 1
        ? 'vragen'
        : 'vraag';
    add({
      kind: 'question',
      text: m[0],
      label: `${word} ${m[2].replace(/\s*[-–]\s*/g, ' t/m ').replace(/tot en met/g, 't/m')}`,
      kamerstuk: null,
      url: null,
      questions,
      start: m.index,
      end: m.index + m[0].length,
    });
  }

  RE_NEWS.lastIndex = 0;
  for (let m = hasQuote ? RE_NEWS.exec(text) : null; m; m = RE_NEWS.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // «Title» (BNR, 20 mei 2025): keep who published it and when; the span stays the title.
    const source = NEWS_SOURCE.exec(text.slice(start + m[1].length, start + m[1].length + 80))?.[1];
    add({
      kind: 'news',
      text: m[1],
      label: m[2].trim(),
      kamerstuk: null,
      url: null,
      ...(source ? { source } : {}),
      start,
      end: start + m[1].length,
    });
  }

  // Earlier and longer spans win: a motion with its citation swallows the bare citation.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundReference[] = [];
  for (const ref of found) {
    const last = kept[kept.length - 1];
    if (last && ref.start < last.end) continue;
    kept.push(ref);
  }
  return kept;
}

/** References of a text without offsets, as stored on a document (question/in set by the caller). */
export function extractReferences(text: string): Omit<Reference, 'question' | 'in'>[] {
  return findReferences(text).map(({ start: _start, end: _end, ...ref }) => ({
    ...ref,
    resolvedBy: ref.kamerstuk ? 'citation' : null,
    resolvedFrom: null,
  }));
}
