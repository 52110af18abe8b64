/**
 * Addresses on the official sites (DESIGN.md §4) and the page-contract key for a Kamerstuk
 * (DESIGN.md §5: data-kamerlezer-ref="kst-26643-1315", a dossier alone "kst-36574").
 */
export const OFFICIAL_SEARCH = 'https://zoek.officielebekendmakingen.nl/resultaten';

export function officialSearchUrl(query: string): string {
  return `${OFFICIAL_SEARCH}?q=${encodeURIComponent(query.trim())}`;
}

/** "26643-1315" → "kst-26643-1315"; "36574" → "kst-36574". */
export function kamerstukRefKey(kamerstuk: string): string {
  return `kst-${kamerstuk}`;
}

/** The official page of a Kamerstuk key, for references the parser left without a URL. */
export function kamerstukUrl(kamerstuk: string): string {
  return /^\d+$/.test(kamerstuk)
    ? `https://zoek.officielebekendmakingen.nl/dossier/${kamerstuk}`
    : `https://zoek.officielebekendmakingen.nl/kst-${kamerstuk}.html`;
}
