/**
 * A page detector is a pure predicate over a URL, with the example URLs it must recognise next
 * to it (Refined GitHub's github-url-detection habit): tests check that every example matches
 * exactly one detector across all sites, so two detectors never claim the same page.
 */
export type PageKind = 'questions' | 'answers' | 'motion' | 'kamerstuk' | 'dossier';

export interface PageDetector {
  /** Reader-facing kind of page; decides which features run. */
  kind: PageKind;
  /** Name for logs and tests, e.g. "tweedekamer:kamervragen". */
  name: string;
  test(url: URL): boolean;
  examples: string[];
}

export function hostIs(url: URL, ...hosts: string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname);
}
