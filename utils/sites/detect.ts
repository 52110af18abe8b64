/**
 * Which site adapter and page detector apply to a URL. Pure: the content script passes
 * location.href; tests pass the examples.
 */
import type { SiteAdapter } from './extracted-page';
import type { PageDetector } from './page-detector';
import * as officielebekendmakingen from './officielebekendmakingen';
import * as rijksoverheid from './rijksoverheid';
import * as tweedekamer from './tweedekamer';

export const sites: { adapter: SiteAdapter; detectors: PageDetector[] }[] = [
  { adapter: tweedekamer.tweedekamer, detectors: tweedekamer.detectors },
  {
    adapter: officielebekendmakingen.officielebekendmakingen,
    detectors: officielebekendmakingen.detectors,
  },
  { adapter: rijksoverheid.rijksoverheid, detectors: rijksoverheid.detectors },
];

export interface DetectedPage {
  adapter: SiteAdapter;
  detector: PageDetector;
}

export function detectPage(href: string): DetectedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const { adapter, detectors } of sites) {
    const detector = detectors.find((d) => d.test(url));
    if (detector) return { adapter, detector };
  }
  return null;
}

export { MATCHES } from './official-sites';
