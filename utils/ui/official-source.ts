/**
 * The official corpus the project publishes (.github/workflows/official-corpus.yml builds it
 * daily from the open data and puts it on GitHub Pages). Offered in the options page as a source
 * the reader chooses; nothing is fetched from it before that.
 */
export const OFFICIAL_SOURCE_URL = 'https://kamerlezer.github.io/kamerlezer/official/manifest.json';

export function isOfficialSource(url: string | null | undefined): boolean {
  return url === OFFICIAL_SOURCE_URL;
}
