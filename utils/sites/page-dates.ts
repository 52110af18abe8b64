/**
 * What a page says about its set's dates (utils/clock/page-dates.ts reads the text): the text of
 * the document's head sentences and notices, the head metadata of officielebekendmakingen.nl,
 * and the document type the heading names (tweedekamer.nl's h1 "Mededeling (uitstel antwoord) :
 * …"). Also the Zaak the address names (id=2025Z…, kv-tk-2025Z…), for citations.
 */
import { datesFromPage, type PageDates } from '../clock/page-dates';

/** The dates are in the opening sentences; a long page's rest is not read. */
const TEXT_LIMIT = 30_000;

const META_NAMES = [
  'OVERHEIDop.datumIndiening',
  'OVERHEIDop.datumOntvangst',
  'OVERHEIDop.aanhangsel',
  'DC.identifier',
  'DC.title',
  'DC.type',
];

export interface PageFacts extends PageDates {
  zaak: string | null;
}

export function zaakFromUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    const id = parsed.searchParams.get('id');
    if (id && /^\d{4}Z\d{4,6}$/.test(id)) return id;
    const kv = /\/kv-tk-(\d{4}Z\d{4,6})(?:\.html)?$/.exec(parsed.pathname);
    return kv ? kv[1] : null;
  } catch {
    return null;
  }
}

/** Read once per page: the panel and the visit record both ask. */
const cache = new WeakMap<Document, { url: string; facts: PageFacts }>();

export function readPageFacts(doc: Document, url: string): PageFacts {
  const cached = cache.get(doc);
  if (cached?.url === url) return cached.facts;
  const facts = readUncached(doc, url);
  cache.set(doc, { url, facts });
  return facts;
}

function readUncached(doc: Document, url: string): PageFacts {
  const meta: Record<string, string> = {};
  for (const name of META_NAMES) {
    const value = doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    if (value) meta[name] = value;
  }
  const h1 = doc.querySelector('main h1, h1');
  const type = h1?.querySelector('.u-text-primary')?.textContent ?? '';
  const body = doc.body?.textContent ?? '';
  const dates = datesFromPage({
    text: body.slice(0, TEXT_LIMIT),
    meta,
    heading: type || meta['DC.type'] || '',
  });
  const zaak =
    zaakFromUrl(url) ??
    doc.querySelector('meta[name="OVERHEIDop.vraagnummer"]')?.getAttribute('content') ??
    null;
  return { ...dates, zaak: zaak && /^\d{4}Z\d{4,6}$/.test(zaak) ? zaak : null };
}
