/**
 * Kamerstuk numbers and their official pages. "26643-1315" is number 1315 in dossier 26643;
 * a dossier may carry a suffix ("21501-32", "36800-XVI"); a dossier alone is "36574". Keys are
 * built from parts read in context, because "36574-3" (a document) and "21501-32" (a dossier
 * with suffix) cannot be told apart afterwards.
 */
const OB = 'https://zoek.officielebekendmakingen.nl';

export interface KamerstukParts {
  /** Digits only: "26643". */
  dossier: string;
  suffix: string | null;
  number: string | null;
}

export function dossierKey(parts: KamerstukParts): string {
  return parts.suffix ? `${parts.dossier}-${parts.suffix}` : parts.dossier;
}

export function kamerstukKey(parts: KamerstukParts): string {
  return parts.number ? `${dossierKey(parts)}-${parts.number}` : dossierKey(parts);
}

export function kamerstukUrl(parts: KamerstukParts): string {
  return parts.number
    ? `${OB}/kst-${kamerstukKey(parts)}.html`
    : `${OB}/dossier/${dossierKey(parts)}`;
}

/** "Kamerstuk 26643-1315", "Kamerstuk 21501-32-1740", a dossier "Kamerstuk 36574". */
export function kamerstukLabel(parts: KamerstukParts): string {
  return `Kamerstuk ${kamerstukKey(parts)}`;
}
