/**
 * A set as a citation a journalist or researcher can paste, with the official addresses:
 * "Aanhangsel Handelingen II 2024/25, nr. 2268 (antwoord op vragen van de leden Westerveld en
 * Kathmann, 2025Z08286)". Where the corpus lacks the numbers (seed-format sets have neither Zaak
 * nor Aanhangsel), the citation says what the corpus has: who asked whom about what, and when.
 * Pure: no browser API.
 */
import { formatDate } from '../clock/clock-text';
import type { Language } from '../i18n/translate';
import type { KamerDocument, OfficialDocument, Person } from '../corpus/model';

const OB = 'https://zoek.officielebekendmakingen.nl';

/** What the page itself said, for sets the corpus has no numbers for. */
export interface CitationExtras {
  zaak?: string | null;
  aanhangsel?: { vergaderjaar: string; number: number } | null;
  submittedOn?: string | null;
  answeredOn?: string | null;
}

export interface Citation {
  /** The citation sentence. */
  text: string;
  /** Official pages: the answer in the Aanhangsel, the questions, the Tweede Kamer's page. */
  urls: string[];
}

type CitedDoc = Pick<KamerDocument, 'title' | 'submitters' | 'addressees' | 'status'> &
  Partial<Pick<KamerDocument, 'zaak' | 'documents' | 'submittedOn' | 'answeredOn'>>;

const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  "'t",
  'in',
  'op',
  'te',
]);

/**
 * The name as the Handelingen write it after "het lid": the surname with its tussenvoegsel,
 * capitalised ("Hanneke van der Werf" → "Van der Werf", "Jesse Six Dijkstra" → "Six Dijkstra").
 * A bare surname stays as written.
 */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const capital = (text: string) => (text ? text[0].toUpperCase() + text.slice(1) : text);
  // One word, or a name that starts with its tussenvoegsel ("van Marum"): a bare surname.
  if (words.length <= 1 || TUSSENVOEGSELS.has(words[0].toLowerCase()))
    return capital(words.join(' '));
  // Drop the given name and any initials after it ("B. C. Kathmann").
  let start = 1;
  while (start < words.length - 1 && /^(?:[A-Z]\.)+$/.test(words[start])) start++;
  return capital(words.slice(start).join(' '));
}

function listNames(names: string[], language: Language): string {
  const and = language === 'nl' ? 'en' : 'and';
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** "van het lid Westerveld" / "van de leden Westerveld en Kathmann"; English "by member(s) …". */
function submittersPhrase(people: readonly Person[], language: Language): string {
  const names = listNames(people.map((p) => surnameOf(p.name)).filter(Boolean), language);
  if (!names)
    return language === 'nl' ? 'van leden van de Tweede Kamer' : 'by members of the House';
  if (language === 'nl')
    return people.length === 1 ? `van het lid ${names}` : `van de leden ${names}`;
  return people.length === 1 ? `by member ${names}` : `by members ${names}`;
}

/** "2024-2025" → "2024/25". */
export function shortVergaderjaar(vergaderjaar: string): string {
  const m = /^(\d{4})\s*[-–/]\s*(\d{2})?(\d{2})$/.exec(vergaderjaar.trim());
  return m ? `${m[1]}/${m[3]}` : vergaderjaar;
}

function answerDocument(doc: CitedDoc): OfficialDocument | null {
  return (
    (doc.documents ?? []).find(
      (d) => d.kind === 'answer' && d.vergaderjaar && typeof d.aanhangsel === 'number',
    ) ?? null
  );
}

function quote(title: string): string {
  return `‘${title}’`;
}

/** The citation of a set in Dutch or English. */
export function citationOf(
  doc: CitedDoc,
  language: Language,
  extras: CitationExtras = {},
): Citation {
  const zaak = doc.zaak ?? extras.zaak ?? null;
  const answerDoc = answerDocument(doc);
  const aanhangsel = answerDoc
    ? { vergaderjaar: answerDoc.vergaderjaar!, number: answerDoc.aanhangsel! }
    : (extras.aanhangsel ?? null);
  const submitted = doc.submittedOn ?? extras.submittedOn ?? null;
  const who = submittersPhrase(doc.submitters, language);
  const urls: string[] = [];
  const add = (url: string | null | undefined) => {
    if (url && /^https:\/\//.test(url) && !urls.includes(url)) urls.push(url);
  };

  let text: string;
  if (aanhangsel && doc.status !== 'unanswered') {
    const where = `Aanhangsel Handelingen II ${shortVergaderjaar(aanhangsel.vergaderjaar)}, ${
      language === 'nl' ? 'nr.' : 'no.'
    } ${aanhangsel.number}`;
    const what = language === 'nl' ? `antwoord op vragen ${who}` : `answer to questions ${who}`;
    text = `${where} (${what}${zaak ? `, ${zaak}` : ''})`;
    add(answerDoc?.url);
    add(`${OB}/ah-tk-${aanhangsel.vergaderjaar.replace(/\D/g, '')}-${aanhangsel.number}.html`);
  } else {
    const asked = language === 'nl' ? `Vragen ${who}` : `Questions ${who}`;
    const about = language === 'nl' ? 'over' : 'on';
    const details = [
      zaak,
      submitted
        ? `${language === 'nl' ? 'ingezonden' : 'submitted'} ${formatDate(submitted, language)}`
        : null,
      doc.status === 'unanswered'
        ? language === 'nl'
          ? 'nog niet beantwoord'
          : 'not answered yet'
        : !zaak && !aanhangsel
          ? language === 'nl'
            ? 'beantwoord'
            : 'answered'
          : null,
    ].filter(Boolean);
    const to =
      !zaak && doc.addressees.length
        ? ` ${language === 'nl' ? 'aan' : 'to'} ${listNames(
            doc.addressees.map((p) => p.name),
            language,
          )}`
        : '';
    text = `${asked}${to} ${about} ${quote(doc.title)}${
      details.length ? ` (${details.join(', ')})` : ''
    }`;
  }
  for (const d of doc.documents ?? []) if (d.kind === 'questions') add(d.url);
  if (zaak) {
    add(`${OB}/kv-tk-${zaak}.html`);
    add(
      `https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=${encodeURIComponent(zaak)}`,
    );
  }
  if (urls.length === 0) add(`${OB}/resultaten?q=${encodeURIComponent(doc.title.trim())}`);
  return { text, urls };
}

/** The citation as the clipboard gets it: the sentence, then each address on a line. */
export function citationText(citation: Citation): string {
  return [citation.text, ...citation.urls].join('\n');
}
