/** What a corpus covers, for the manifest (BundleCoverage): dates, sets per year, source. */
import type { KamerDocument } from '../model';

/** What a bundle covers, for the reader ("52.311 sets, 1 Sep 2008 – 30 Nov 2026, updated …"). */
export interface BundleCoverage {
  /** Where the sets come from: "official" (the open data), "seed", or a merge ("official+seed"). */
  source: string;
  /** ISO time the bundle was built. */
  generatedAt: string;
  /** Earliest and latest date a set was submitted (ISO day); null when no set has a date. */
  firstDate: string | null;
  lastDate: string | null;
  /** Sets by year of submission; sets without a date under "unknown". */
  setsPerYear: Record<string, number>;
}

export function corpusCoverage(
  documents: KamerDocument[],
  source: string,
  generatedAt: Date,
): BundleCoverage {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const setsPerYear: Record<string, number> = {};
  for (const doc of documents) {
    const date =
      doc.submittedOn && /^\d{4}-\d{2}-\d{2}$/.test(doc.submittedOn) ? doc.submittedOn : null;
    const year = date ? date.slice(0, 4) : 'unknown';
    setsPerYear[year] = (setsPerYear[year] ?? 0) + 1;
    if (!date) continue;
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  const ordered: Record<string, number> = {};
  for (const key of Object.keys(setsPerYear).sort()) ordered[key] = setsPerYear[key];
  return {
    source,
    generatedAt: generatedAt.toISOString(),
    firstDate,
    lastDate,
    setsPerYear: ordered,
  };
}
