/**
 * The local corpus at a glance (overview page): sets per submitting fractie and per addressed
 * bewindspersoon, how many are answered, and the most-cited motions. Pure, so the background
 * can compute it over its documents and the tests over the seed.
 */
import type { KamerDocument, SetStatus } from './model';
import { kamerstukUrl } from './official-links';

/** Sets per fractie / addressee, answered share and most-cited motions (overview page). */
export interface CorpusOverview {
  sets: number;
  questions: number;
  status: Record<SetStatus, number>;
  byParty: { label: string; count: number }[];
  byAddressee: { label: string; count: number }[];
  /** Motions by the number of sets citing them; `label` is the most frequent way of writing it. */
  topMotions: { kamerstuk: string; label: string; url: string; sets: number }[];
}

export type CountedLabel = CorpusOverview['byParty'][number];

function countDistinct(counts: Map<string, number>, labels: Iterable<string>): void {
  for (const label of new Set(labels)) counts.set(label, (counts.get(label) ?? 0) + 1);
}

function ranked(counts: Map<string, number>, limit: number): CountedLabel[] {
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
    .slice(0, limit);
}

export function corpusOverview(documents: readonly KamerDocument[], limit = 12): CorpusOverview {
  const status: Record<SetStatus, number> = { answered: 0, 'partially-answered': 0, unanswered: 0 };
  const parties = new Map<string, number>();
  const addressees = new Map<string, number>();
  const motionSets = new Map<
    string,
    { sets: Set<string>; labels: Map<string, number>; url: string | null }
  >();
  let questions = 0;
  for (const doc of documents) {
    status[doc.status] += 1;
    questions += doc.questions.length;
    // A set counts once per fractie, however many of its members signed.
    countDistinct(
      parties,
      doc.submitters.map((p) => p.party).filter((p): p is string => !!p),
    );
    countDistinct(
      addressees,
      doc.addressees.map((p) => p.name),
    );
    for (const ref of doc.references) {
      if (ref.kind !== 'motion' || !ref.kamerstuk) continue;
      let entry = motionSets.get(ref.kamerstuk);
      if (!entry)
        motionSets.set(
          ref.kamerstuk,
          (entry = { sets: new Set(), labels: new Map(), url: ref.url }),
        );
      entry.sets.add(doc.id);
      entry.labels.set(ref.label, (entry.labels.get(ref.label) ?? 0) + 1);
      entry.url ??= ref.url;
    }
  }
  const topMotions = [...motionSets]
    .map(([kamerstuk, entry]) => ({
      kamerstuk,
      label: ranked(entry.labels, 1)[0]?.label ?? kamerstuk,
      url: entry.url ?? kamerstukUrl(kamerstuk),
      sets: entry.sets.size,
    }))
    .sort((a, b) => b.sets - a.sets || a.kamerstuk.localeCompare(b.kamerstuk))
    .slice(0, limit);
  return {
    sets: documents.length,
    questions,
    status,
    byParty: ranked(parties, limit),
    byAddressee: ranked(addressees, limit),
    topMotions,
  };
}
