/**
 * tweedekamer.nl (also the bare host): Kamervragen, moties and other Kamerstuk detail pages.
 * Real markup (docs/ARCHITECTURE.md, "Page recognition"): the h1 is "<span class=u-text-primary>TYPE</span> : TITLE", where
 * TYPE says what the document is (the kamervragen path also serves moties and committee lists);
 * the text is in div.m-modal__content, hard-wrapped, with "Vraag 1" / "Antwoord 1" as lines or
 * elements; signatories are li.m-list__item--variant-member. The address names the Zaak (id=) or
 * a document number (id= equal to did=).
 */
import type { ExtractedPage, PageDocumentKind, PageIdentity, SiteAdapter } from './extracted-page';
import { hostsOf } from './official-sites';
import { hostIs, type PageDetector } from './page-detector';
import {
  addresseesFromText,
  cleanText,
  personName,
  statedDates,
  subjectOf,
  submittersFromDescription,
  textBlocks,
} from './page-text';
import { questionsAndAnswers } from './question-sequence';

const HOSTS = hostsOf('tweedekamer');

function detailUnder(url: URL, section: string | null): boolean {
  if (!hostIs(url, ...HOSTS) || !(url.searchParams.has('id') || url.searchParams.has('did')))
    return false;
  return section === null
    ? url.pathname === '/kamerstukken/detail'
    : url.pathname === `/kamerstukken/${section}/detail`;
}

export const kamervragenDetail: PageDetector = {
  kind: 'questions',
  name: 'tweedekamer:kamervragen',
  test: (url) => detailUnder(url, 'kamervragen'),
  examples: [
    'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D30461&id=2025Z10400',
    'https://tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z07716',
  ],
};

export const motieDetail: PageDetector = {
  kind: 'motion',
  name: 'tweedekamer:motie',
  test: (url) => detailUnder(url, 'moties'),
  examples: ['https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2025Z04512&did=2025D10327'],
};

/** Other Kamerstuk detail pages: letters, amendments, reports ("kamerstukken/<kind>/detail"). */
export const kamerstukDetail: PageDetector = {
  kind: 'kamerstuk',
  name: 'tweedekamer:kamerstuk',
  test: (url) =>
    detailUnder(url, null) ||
    (/^\/kamerstukken\/(?!kamervragen\/|moties\/)[a-z_]+\/detail$/.test(url.pathname) &&
      hostIs(url, ...HOSTS) &&
      url.searchParams.has('id')),
  examples: [
    'https://www.tweedekamer.nl/kamerstukken/detail?id=2025D21933&did=2025D21933',
    'https://www.tweedekamer.nl/kamerstukken/amendementen/detail?id=2025Z01234&did=2025D05678',
    'https://tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z08001&did=2025D18002',
  ],
};

export const detectors = [kamervragenDetail, motieDetail, kamerstukDetail];

/** The document types a TK page names in its h1 (and dcterms.type), to the set's documents. */
export function documentKindOf(type: string): PageDocumentKind | null {
  const t = type.trim().toLowerCase();
  if (!t) return null;
  if (t === 'schriftelijke vragen' || t === 'kamervragen') return 'questions';
  if (/^antwoord(?:en)? (?:op )?schriftelijke vragen \(nader\)$/.test(t)) return 'nader-answer';
  if (/^antwoord(?:en)? (?:op )?schriftelijke vragen$/.test(t)) return 'answer';
  if (/^mededeling \(uitstel antwoord\)$/.test(t)) return 'postponement';
  if (t === 'mededeling' || /^mededeling \(intrekking/.test(t)) return 'withdrawal';
  return 'not-a-set';
}

/** TK's Zaak ("2025Z10400") and document numbers ("2025D30461") in the address and on the page. */
export function identityOf(url: URL | null, doc: Document): PageIdentity {
  const identity: PageIdentity = { zaak: null, documentNumbers: [], obIds: [] };
  const add = (value: string | null | undefined) => {
    const v = value?.trim() ?? '';
    if (/^\d{4}Z\d{3,6}$/i.test(v)) identity.zaak ??= v.toUpperCase();
    else if (/^\d{4}D\d{3,6}$/i.test(v) && !identity.documentNumbers.includes(v.toUpperCase()))
      identity.documentNumbers.push(v.toUpperCase());
  };
  add(url?.searchParams.get('id'));
  add(url?.searchParams.get('did'));
  // "Nummer:" sits in a visually hidden span before its value.
  for (const label of doc.querySelectorAll('.h-visually-hidden')) {
    if (!/^\s*nummer\s*:?\s*$/i.test(label.textContent ?? '')) continue;
    const value = (label.parentElement?.textContent ?? '').replace(label.textContent ?? '', '');
    add(/\d{4}[ZD]\d{3,6}/i.exec(value)?.[0]);
  }
  return identity;
}

/** The page's address: given by the caller (the content script's location), else the document's. */
export function urlOf(doc: Document, href?: string): URL | null {
  try {
    return new URL(href ?? doc.URL);
  } catch {
    return null;
  }
}

export const tweedekamer: SiteAdapter = {
  site: 'tweedekamer',
  extract(doc: Document, href?: string): ExtractedPage {
    const h1 = doc.querySelector('main h1, h1');
    const metaTitle =
      doc.querySelector('meta[name="dcterms.title"]')?.getAttribute('content') ?? '';
    const typeSpan = h1?.querySelector('span.u-text-primary, span.u-font-normal');
    const h1Text = h1 ? cleanText(h1) : '';
    const typeText = typeSpan
      ? cleanText(typeSpan)
      : (/^(.{3,60}?)\s+:\s+/.exec(h1Text)?.[1] ?? '');
    const headingTitle = typeText ? h1Text.slice(h1Text.indexOf(':') + 1).trim() : h1Text;
    const documentKind =
      documentKindOf(typeText) ??
      documentKindOf(doc.querySelector('meta[name="dcterms.type"]')?.getAttribute('content') ?? '');
    const title = subjectOf(metaTitle || headingTitle || doc.title);

    const main = doc.querySelector('main') ?? doc.body;
    const body = main.querySelector('.m-modal__content, .m-document, article, .m-content') ?? main;
    const blocks = textBlocks(body).filter((b) => !b.closest('ul.m-list'));
    const { questions, answers } = questionsAndAnswers(blocks);
    const text = cleanText(body);

    const members = [...doc.querySelectorAll('li.m-list__item--variant-member')].map((li) =>
      personName(cleanText(li.querySelector('.m-list__label') ?? li)),
    );
    const legacy = members.length
      ? []
      : [...doc.querySelectorAll('ul.m-list li')].map((li) => personName(cleanText(li)));
    const submitters = unique([
      ...members,
      ...legacy,
      ...submittersFromDescription(text),
      ...submittersFromDescription(headingTitle),
    ]);
    const addressees = addresseesFromText(text);
    return {
      title,
      people: unique([...submitters, ...addressees]),
      questions,
      answers,
      // Footnotes (where the Kamerstuk citations stand) may sit outside the document text.
      textRoots: [
        body,
        ...[...main.querySelectorAll('.m-footnotes, #noten, .noten')].filter(
          (n) => !body.contains(n),
        ),
      ],
      documentKind,
      identity: identityOf(urlOf(doc, href), doc),
      submitters,
      addressees,
      ...statedDates(text),
    };
  },
};

/** Names once each, a full name absorbing its surname ("Barbara Kathmann" and "Kathmann"). */
export function unique(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names.filter(Boolean)) {
    const lower = name.toLowerCase();
    if (out.some((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(` ${lower}`)))
      continue;
    const shorter = out.findIndex((n) => lower.endsWith(` ${n.toLowerCase()}`));
    if (shorter >= 0) out[shorter] = name;
    else out.push(name);
  }
  return out;
}
