/**
 * Explicit Kamerstuk citations in page text, in the spellings the official sites and the seed
 * use: "Kamerstuk 26 643, nr. 1315", "[Kamerstuk 26 643-1315]", "Kamerstukken II 2024/25,
 * 21 501-32, nr. 1740", "Kamerstuk 36 600 XV, nr. 78", a dossier alone "Kamerstuk 36 574", or
 * "26 643, nr. 1315" without the word. The corpus core's reference finder
 * (utils/corpus/references.ts) knows far more (motions by name, written questions, news); the
 * content script prefers it and falls back on this when the core is not in the build.
 */
import type { FoundReference } from './citation-spans';
import { kamerstukUrl } from '../corpus/official-links';

const CITATION =
  /\b(Kamerstuk(?:ken)?\s+(?:II\s+)?(?:\d{4}\/\d{2,4},?\s+)?)?(\d{1,2}\s?\d{3})(?:(?:\s|-)([IVXLC]{1,6}|[A-Z](?![a-z])|\d{1,3}(?=,\s*nr\.)))?(?:,\s*nr\.\s*(\d{1,5})|[-–](\d{1,5})(?!\d))?/g;

export function findKamerstukCitations(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const match of text.matchAll(CITATION)) {
    const [whole, prefix, dossierText, suffix, nr, dashNumber] = match;
    const number = nr ?? (prefix ? dashNumber : undefined);
    // Without the word "Kamerstuk", only the unmistakable "26 643, nr. 1315" counts.
    if (!prefix && !nr) continue;
    const dossier = dossierText.replace(/\s/g, '');
    const key = [dossier, suffix, number].filter(Boolean).join('-');
    const end =
      match.index! + (number || suffix ? whole.length : prefix!.length + dossierText.length);
    found.push({
      kind: 'kamerstuk',
      label: `Kamerstuk ${key}`,
      kamerstuk: key,
      url: kamerstukUrl(key),
      start: match.index!,
      end,
    });
  }
  return found;
}
