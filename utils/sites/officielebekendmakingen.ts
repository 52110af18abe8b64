/**
 * zoek.officielebekendmakingen.nl (also served at www.): Kamervragen (kv-tk-<Zaak>, older
 * kv-<alias>), answers and postponement notices in the Aanhangsel van de Handelingen
 * (ah-tk-<vergaderjaar>-<nr>), Kamerstukken and motions (kst-…), dossiers.
 * Real markup (docs/ARCHITECTURE.md, "Page recognition"): the head names the page (DC.identifier), its Zaak
 * (OVERHEIDop.vraagnummer), its Aanhangsel ids, submitters as "Kathmann B.C."; the body is
 * div.stuk inside main.global-main (beside a metadata table and search help); h1 is the whole
 * sentence "Vragen van het lid X (Partij) aan de Minister … over … (ingezonden …)."; questions in
 * div.vraag, answers in div.antwoord (numbers in h2 or p.nummer, joint "Antwoord 2, 3"), a
 * postponement in div.kamervraagopmerking; footnotes in div#noten. When those classes are missing
 * the text-based reading of ./question-sequence takes over.
 */
import { aanhangselId } from '../corpus/official-keys';
import type {
  ExtractedAnswer,
  ExtractedPage,
  ExtractedQuestion,
  PageDocumentKind,
  PageIdentity,
  SiteAdapter,
} from './extracted-page';
import { hostsOf } from './official-sites';
import { hostIs, type PageDetector } from './page-detector';
import {
  addresseesFromText,
  cleanText,
  numbersIn,
  personName,
  statedDates,
  subjectOf,
  submittersFromDescription,
  textBlocks,
} from './page-text';
import { questionsAndAnswers } from './question-sequence';
import { unique, urlOf } from './tweedekamer';

const HOSTS = hostsOf('officielebekendmakingen');

const page = (pattern: RegExp) => (url: URL) => hostIs(url, ...HOSTS) && pattern.test(url.pathname);

export const kamervragen: PageDetector = {
  kind: 'questions',
  name: 'officielebekendmakingen:kv-tk',
  test: page(/^\/kv-[\w-]+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10883.html',
    'https://www.officielebekendmakingen.nl/kv-tk-2025Z10883.html',
    'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z07716',
    'https://zoek.officielebekendmakingen.nl/kv-1234567.html',
  ],
};

export const aanhangsel: PageDetector = {
  kind: 'answers',
  name: 'officielebekendmakingen:ah-tk',
  test: page(/^\/ah-tk-\d{8}-\d+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html',
    'https://www.officielebekendmakingen.nl/ah-tk-20242025-1987.html',
  ],
};

export const kamerstuk: PageDetector = {
  kind: 'kamerstuk',
  name: 'officielebekendmakingen:kst',
  test: page(/^\/(?:(?:behandeld)?dossier\/[\w-]+\/)?kst-[\w-]+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
    'https://zoek.officielebekendmakingen.nl/kst-21501-32-1740.html',
    'https://www.officielebekendmakingen.nl/kst-36800-XVI-12.html',
    'https://zoek.officielebekendmakingen.nl/dossier/26643/kst-26643-1315',
  ],
};

export const dossier: PageDetector = {
  kind: 'dossier',
  name: 'officielebekendmakingen:dossier',
  test: page(/^\/(?:behandeld)?dossier\/[\w-]+$/),
  examples: ['https://zoek.officielebekendmakingen.nl/dossier/26643'],
};

export const detectors = [kamervragen, aanhangsel, kamerstuk, dossier];

function numberOf(block: Element, fallback: number): number[] {
  const label = block.querySelector(
    'h2, h3, p.nummer, .nummer, .vraagnummer, .antwoordnummer, .stuktitel',
  );
  const numbers = label ? numbersIn(cleanText(label)) : [];
  return numbers.length > 0 ? numbers : [fallback];
}

/** Text of a div.vraag without its "Vraag 3" label. */
function bodyText(block: Element): string {
  return cleanText(block).replace(
    /^(?:vraag|antwoord)(?:\s+op\s+vraag)?\s+\d+(?:\s*(?:,|en)\s*\d+)*\s*[:.]?\s*/i,
    '',
  );
}

function identityOf(doc: Document, url: URL | null, meta: (name: string) => string): PageIdentity {
  const identity: PageIdentity = { zaak: null, documentNumbers: [], obIds: [] };
  const addOb = (id: string | null) => {
    if (id && !identity.obIds.includes(id)) identity.obIds.push(id);
  };
  const vraagnummer = meta('OVERHEIDop.vraagnummer');
  if (/^\d{4}Z\d{3,6}$/i.test(vraagnummer)) identity.zaak = vraagnummer.toUpperCase();
  const own = /\/((?:kv|ah)-[\w-]+?)(?:\.html)?$/.exec(url?.pathname ?? '')?.[1] ?? null;
  for (const id of [meta('DC.identifier'), own]) {
    if (!id) continue;
    addOb(id);
    const zaak = /^kv-tk-(\d{4}Z\d{3,6})$/i.exec(id)?.[1];
    if (zaak) identity.zaak ??= zaak.toUpperCase();
  }
  for (const m of doc.querySelectorAll('meta[name="OVERHEIDop.aanhangsel"]'))
    addOb(aanhangselId(m.getAttribute('content') ?? ''));
  return identity;
}

function documentKindOf(doc: Document, meta: (name: string) => string): PageDocumentKind | null {
  const type = meta('DC.type').toLowerCase();
  const hasAnswers = !!doc.querySelector('div.antwoord');
  if (doc.querySelector('div.kamervraagopmerking') && !hasAnswers) {
    const note = cleanText(doc.querySelector('div.kamervraagopmerking')!);
    return /ingetrokken|intrekking/i.test(note) ? 'withdrawal' : 'postponement';
  }
  if (hasAnswers || /aanhangsel/.test(type)) return 'answer';
  if (doc.querySelector('div.vraag') || /kamervragen/.test(type)) return 'questions';
  if (/kamerstuk|handelingen|staatscourant|motie/.test(type)) return 'not-a-set';
  return null;
}

export const officielebekendmakingen: SiteAdapter = {
  site: 'officielebekendmakingen',
  extract(doc: Document, href?: string): ExtractedPage {
    const meta = (name: string) =>
      doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
    const url = urlOf(doc, href);
    const h1 = doc.querySelector('h1.kamervraagomschrijving_kop') ?? doc.querySelector('h1');
    // The whole sentence "Vragen van het lid X (Partij) aan de Minister … over … (ingezonden …)."
    const description =
      doc.querySelector('.kamervraagomschrijving_kop') ??
      [...doc.querySelectorAll('.kamervraagomschrijving')].find((e) =>
        /^vragen van\b/i.test(cleanText(e)),
      ) ??
      doc.querySelector('.kamervraagomschrijving');
    const sentence = description ? cleanText(description) : meta('DC.title');
    const title = subjectOf(
      (/\bover\b/.test(sentence) ? sentence : '') ||
        meta('DC.title') ||
        (h1 ? cleanText(h1) : doc.title),
    );
    const content =
      doc.querySelector('div.stuk, #broodtekst, .broodtekst') ??
      doc.querySelector('main.global-main, main, article') ??
      doc.body;
    const text = cleanText(content);
    const indieners = [...doc.querySelectorAll('meta[name="OVERHEIDop.indiener"]')].map((m) =>
      personName(m.getAttribute('content') ?? ''),
    );
    const submitters = unique([...indieners, ...submittersFromDescription(sentence)]);
    const addressees = addresseesFromText(text);

    const vraagBlocks = [...content.querySelectorAll('div.vraag')];
    const antwoordBlocks = [...content.querySelectorAll('div.antwoord')];
    let questions: ExtractedQuestion[];
    let answers: ExtractedAnswer[];
    if (vraagBlocks.length > 0 || antwoordBlocks.length > 0) {
      questions = vraagBlocks.map((element, i) => ({
        number: numberOf(element, i + 1)[0],
        text: bodyText(element),
        element,
      }));
      answers = antwoordBlocks.map((element, i) => ({
        numbers: numberOf(element, i + 1),
        element,
        body: [element],
      }));
    } else {
      ({ questions, answers } = questionsAndAnswers(
        textBlocks(content).filter((b) => !b.closest('#noten, .noten, .kamervraagopmerking')),
      ));
    }
    const notes = doc.querySelector('#noten, .noten');
    const dates = statedDates(`${sentence} ${text}`);
    return {
      title,
      people: unique([...submitters, ...addressees]),
      questions,
      answers,
      textRoots: notes && !content.contains(notes) ? [content, notes] : [content],
      documentKind: documentKindOf(doc, meta),
      identity: identityOf(doc, url, meta),
      submitters,
      addressees,
      submittedOn: dates.submittedOn ?? (meta('OVERHEIDop.datumIndiening') || null),
      receivedOn: meta('OVERHEIDop.datumOntvangst') || dates.receivedOn,
    };
  },
};
