/** What a corpus covers, for the manifest (BundleCoverage): dates, sets per year, source. */
import type { BundleCoverage } from './format';
import type { KamerDocument } from '../corpus/model';

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
