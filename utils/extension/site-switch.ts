/**
 * The reader's per-site on/off switch for annotations (options page). Stored in storage.local
 * under SITE_SWITCH_KEY as { tweedekamer: false, … }; a site missing or not false is on, so a
 * fresh install annotates everywhere and a damaged value never silences a site by accident.
 * Pure: the options page and the content script do the storage calls.
 */
export const SITE_SWITCH_KEY = 'kamerlezer:sites';

/** The official sites, by registrable domain (every host under it: www., zoek., …). */
export const SITES = [
  { id: 'tweedekamer', domain: 'tweedekamer.nl' },
  { id: 'officielebekendmakingen', domain: 'officielebekendmakingen.nl' },
  { id: 'rijksoverheid', domain: 'rijksoverheid.nl' },
] as const;

export type SiteId = (typeof SITES)[number]['id'];
export type SiteSwitches = Record<SiteId, boolean>;

export function parseSiteSwitches(value: unknown): SiteSwitches {
  const stored =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(SITES.map(({ id }) => [id, stored[id] !== false])) as SiteSwitches;
}

/** The site a URL belongs to, or null when it is none of them. */
export function siteOf(url: string): SiteId | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITES.find(({ domain }) => host === domain || host.endsWith(`.${domain}`))?.id ?? null;
}

/** Whether the reader lets Kamerlezer annotate this page. */
export function annotationOn(switches: SiteSwitches, url: string): boolean {
  const site = siteOf(url);
  return site === null || switches[site];
}
