/**
 * The Tweede Kamer Gegevensmagazijn (OData v4, https://opendata.tweedekamer.nl): the shapes we
 * read and the paging through them. Entity and property names as the service writes them
 * (learned from its documentation and from how tkapi and tkconv query it):
 *   Zaak       Id, Nummer ("2025Z10400"), Soort ("Schriftelijke vragen"), Titel, Onderwerp,
 *              GestartOp, Afgedaan, Termijn, Vergaderjaar, GewijzigdOp, Verwijderd
 *              › ZaakActor  Relatie ("Indiener", "Medeindiener", "Gericht aan", …), ActorNaam,
 *                           ActorFractie, Functie, Verwijderd
 *              › Document   DocumentNummer ("2025D30461"), Soort, Titel, Onderwerp, Datum,
 *                           Vergaderjaar ("2024-2025"), Aanhangselnummer ("242501028"),
 *                           GewijzigdOp, Verwijderd › DocumentVersie (ExterneIdentifier)
 * A page is `{ value: [...], "@odata.nextLink"?: url }`; the service pages by itself (250 a
 * page) and the next page's URL is followed as given.
 */
import { SourceError, type PoliteClient } from './http';

export const DEFAULT_ODATA = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';
export const DEFAULT_OB = 'https://zoek.officielebekendmakingen.nl/';
export const ZAAK_SOORT = 'Schriftelijke vragen';

export interface ODataZaakActor {
  Id?: string;
  Relatie?: string | null;
  ActorNaam?: string | null;
  ActorFractie?: string | null;
  Functie?: string | null;
  Verwijderd?: boolean;
}

export interface ODataDocumentVersie {
  Id?: string;
  Versienummer?: number | null;
  ExterneIdentifier?: string | null;
  Verwijderd?: boolean;
}

export interface ODataDocument {
  Id?: string;
  DocumentNummer?: string | null;
  Soort?: string | null;
  Titel?: string | null;
  Onderwerp?: string | null;
  Datum?: string | null;
  Vergaderjaar?: string | null;
  Aanhangselnummer?: string | null;
  GewijzigdOp?: string | null;
  Verwijderd?: boolean;
  DocumentVersie?: ODataDocumentVersie[];
}

export interface ODataZaak {
  Id?: string;
  Nummer?: string | null;
  Soort?: string | null;
  Titel?: string | null;
  Onderwerp?: string | null;
  GestartOp?: string | null;
  Afgedaan?: boolean | null;
  Termijn?: string | null;
  Vergaderjaar?: string | null;
  GewijzigdOp?: string | null;
  Verwijderd?: boolean;
  ZaakActor?: ODataZaakActor[];
  Document?: ODataDocument[];
}

interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : base + '/';
}

/** OData literal for a moment: "2025-11-30T00:00:00Z" (date only → start of that day, UTC). */
export function odataMoment(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

/**
 * The first page's URL: every Zaak of Soort "Schriftelijke vragen" with its actors and documents.
 * Incremental (`since`): also the Zaken whose documents or actors changed, and deleted ones (so
 * they leave the corpus); a Zaak's own GewijzigdOp does not always move when an answer arrives.
 */
export function zaakQueryUrl(base: string, since?: string | null): string {
  const soort = `Soort eq '${ZAAK_SOORT}'`;
  let filter: string;
  if (since) {
    const t = odataMoment(since);
    filter = `${soort} and (GewijzigdOp ge ${t} or Document/any(d:d/GewijzigdOp ge ${t}) or ZaakActor/any(a:a/GewijzigdOp ge ${t}))`;
  } else filter = `${soort} and Verwijderd eq false`;
  const params = new URLSearchParams({
    $filter: filter,
    $expand: 'ZaakActor,Document($expand=DocumentVersie)',
    $orderby: 'GestartOp,Nummer',
  });
  return `${withSlash(base)}Zaak?${params.toString().replace(/\+/g, '%20')}`;
}

function checkPage(url: string, page: unknown): asserts page is ODataPage<unknown> {
  if (!page || typeof page !== 'object' || !Array.isArray((page as { value?: unknown }).value))
    throw new SourceError(url, 'JSON without a "value" array: not an OData collection');
  const next = (page as { '@odata.nextLink'?: unknown })['@odata.nextLink'];
  if (next !== undefined && next !== null && typeof next !== 'string')
    throw new SourceError(url, '"@odata.nextLink" is not a URL');
}

export interface PageInfo {
  url: string;
  index: number;
}

/**
 * Every page of a collection, following `@odata.nextLink` (relative links resolve against the
 * page that gave them). A link seen before ends with an error instead of a loop.
 */
export async function* odataPages<T>(
  client: PoliteClient,
  firstUrl: string,
  options: { cacheMaxAgeMs?: number; cacheKey?: (url: string) => string } = {},
): AsyncGenerator<{ items: T[]; info: PageInfo }> {
  const seen = new Set<string>();
  let url: string | null = firstUrl;
  let index = 0;
  while (url) {
    if (seen.has(url))
      throw new SourceError(url, '"@odata.nextLink" points back to a page already read');
    seen.add(url);
    const page: unknown = await client.getJson<unknown>(url, {
      cacheKey: options.cacheKey?.(url),
      cacheMaxAgeMs: options.cacheMaxAgeMs,
      validate: (text) => checkPage(url!, JSON.parse(text)),
    });
    checkPage(url, page);
    yield { items: page.value as T[], info: { url, index } };
    const next = page['@odata.nextLink'];
    url = next ? new URL(next, url).href : null;
    index++;
  }
}
