/**
 * Fractie names as the scrape writes them, mapped to the fractie in the Tweede Kamer. GroenLinks
 * and PvdA sit as one fractie (GroenLinks-PvdA) but members are often listed under either half.
 */
const CANONICAL: Record<string, string> = {
  gl: 'GroenLinks-PvdA',
  groenlinks: 'GroenLinks-PvdA',
  pvda: 'GroenLinks-PvdA',
  'gl-pvda': 'GroenLinks-PvdA',
  'groenlinks-pvda': 'GroenLinks-PvdA',
  'groenlinks/pvda': 'GroenLinks-PvdA',
  'pvda-groenlinks': 'GroenLinks-PvdA',
  indep: 'INDEP',
  partijloos: 'INDEP',
  'nieuw sociaal contract': 'NSC',
  'partij voor de vrijheid': 'PVV',
  'volkspartij voor vrijheid en democratie': 'VVD',
  'christen-democratisch appèl': 'CDA',
  boerburgerbeweging: 'BBB',
  'boer burger beweging': 'BBB',
};

export function normaliseParty(written: string): string {
  const trimmed = written.trim().replace(/\s+/g, ' ');
  return CANONICAL[trimmed.toLowerCase()] ?? trimmed;
}
