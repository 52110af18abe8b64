/**
 * The keys a set is known by on the official sites (docs/ARCHITECTURE.md, "Page recognition"): its Zaak number,
 * its documents' Tweede Kamer numbers and their officielebekendmakingen ids. One spelling for
 * both sides, lower case: the index stores them per set (utils/index-build) and a page's
 * identifiers are looked up with the same function (utils/sites).
 */
import type { KamerDocument } from './model';

export function officialKey(identifier: string): string {
  return identifier
    .trim()
    .toLowerCase()
    .replace(/\.(?:html|xml|pdf)$/, '');
}

/** An Aanhangsel id as written in OVERHEIDop.aanhangsel: "ah-tk-20242025-1028" or "20242025-1028". */
export function aanhangselId(value: string): string | null {
  const match = /(?:ah-tk-)?(\d{8})-(\d+)/i.exec(value.trim());
  return match ? `ah-tk-${match[1]}-${match[2]}` : null;
}

export function officialKeysOf(doc: KamerDocument): string[] {
  const keys = new Set<string>();
  if (doc.zaak) keys.add(officialKey(doc.zaak));
  for (const d of doc.documents ?? []) {
    if (d.number) keys.add(officialKey(d.number));
    if (d.obId) keys.add(officialKey(d.obId));
    if (d.vergaderjaar && d.aanhangsel != null)
      keys.add(`ah-tk-${d.vergaderjaar.replace(/\D/g, '')}-${d.aanhangsel}`);
  }
  return [...keys];
}

/**
 * A set read from an official page because the index does not hold it yet (utils/store/page-sets):
 * its id starts with this, so every surface can tell it from a synced set.
 */
export const PAGE_SET_PREFIX = 'page-';

export function isPageSetId(id: string): boolean {
  return id.startsWith(PAGE_SET_PREFIX);
}

/** The keys of a page's identifiers, in the order they identify best: document, Zaak. */
export function pageKeys(identity: {
  zaak: string | null;
  documentNumbers: string[];
  obIds: string[];
}): string[] {
  return [
    ...identity.obIds,
    ...identity.documentNumbers,
    ...(identity.zaak ? [identity.zaak] : []),
  ].map(officialKey);
}
