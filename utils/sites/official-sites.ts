/**
 * The official sites, in one table: the URL detectors (./detect.ts), the content script's match
 * patterns, the per-site switches (utils/extension/site-switch.ts) and the manifest test all read
 * it, so a host added here is annotated, switchable and allowed at once. The bare hosts
 * (tweedekamer.nl, rijksoverheid.nl) serve the same pages as www. (docs/ARCHITECTURE.md, "Page recognition").
 */
export const OFFICIAL_SITES = [
  {
    id: 'tweedekamer',
    /** Registrable domain: the per-site switch covers every host under it. */
    domain: 'tweedekamer.nl',
    hosts: ['www.tweedekamer.nl', 'tweedekamer.nl'],
    /** Paths the content script runs on (match-pattern syntax). */
    paths: ['/kamerstukken/*'],
  },
  {
    id: 'officielebekendmakingen',
    domain: 'officielebekendmakingen.nl',
    hosts: ['zoek.officielebekendmakingen.nl', 'www.officielebekendmakingen.nl'],
    paths: ['/*'],
  },
  {
    id: 'rijksoverheid',
    domain: 'rijksoverheid.nl',
    hosts: ['www.rijksoverheid.nl', 'rijksoverheid.nl'],
    paths: ['/documenten/kamerstukken/*', '/ministeries/*'],
  },
] as const;

export type OfficialSiteId = (typeof OFFICIAL_SITES)[number]['id'];

export function hostsOf(id: OfficialSiteId): readonly string[] {
  return OFFICIAL_SITES.find((site) => site.id === id)!.hosts;
}

/** Content-script match patterns: the official hosts and paths only (least privilege, README). */
export const MATCHES: string[] = OFFICIAL_SITES.flatMap((site) =>
  site.hosts.flatMap((host) => site.paths.map((path) => `https://${host}${path}`)),
);

/** Every official host, for the manifest test. */
export const OFFICIAL_HOSTS: string[] = OFFICIAL_SITES.flatMap((site) => [...site.hosts]);
