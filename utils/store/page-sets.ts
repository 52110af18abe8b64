/**
 * Sets read from official pages because the synced index does not hold them yet (the newest sets:
 * asked or answered today). They live in one meta row beside the generations, survive syncs, and
 * are searched like the rest (the background gives the engine one extra segment built from them).
 * When a sync brings the official set with the same Zaak, it replaces the page's reading: the
 * history entries move to the official set and the page set is dropped.
 */
import type { KamerDocument, OfficialDocument, Question } from '../corpus/model';
import type { KamerDb } from './db';

export const META_PAGE_SETS = 'page-sets';
/** Kept at most (oldest reading dropped first): a reader's own recent pages, not a corpus. */
export const PAGE_SETS_LIMIT = 500;

export async function readPageSets(db: KamerDb): Promise<KamerDocument[]> {
  const row = await db.meta.get(META_PAGE_SETS);
  return Array.isArray(row?.value) ? (row.value as KamerDocument[]) : [];
}

/**
 * What two readings of one set make together: a later page (the answer after the questions, a
 * postponement notice) adds its answers, documents and dates; questions are kept by number.
 */
export function mergeReadings(older: KamerDocument, newer: KamerDocument): KamerDocument {
  const questions = new Map<number, Question>();
  for (const q of [...older.questions, ...newer.questions]) {
    const had = questions.get(q.number);
    questions.set(
      q.number,
      had && had.answer && !q.answer ? had : { ...q, answer: q.answer ?? had?.answer ?? null },
    );
  }
  const list = [...questions.values()].sort((a, b) => a.number - b.number);
  const answered = list.filter((q) => q.answer !== null).length;
  const documents: OfficialDocument[] = [...(older.documents ?? [])];
  for (const d of newer.documents ?? [])
    if (!documents.some((o) => o.url === d.url && o.kind === d.kind)) documents.push(d);
  return {
    ...older,
    ...newer,
    title: newer.title || older.title,
    submitters: newer.submitters.length ? newer.submitters : older.submitters,
    addressees: newer.addressees.length ? newer.addressees : older.addressees,
    questions: list,
    status:
      answered === 0 ? 'unanswered' : answered === list.length ? 'answered' : 'partially-answered',
    references: [
      ...older.references,
      ...newer.references.filter(
        (r) => !older.references.some((o) => o.text === r.text && o.question === r.question),
      ),
    ],
    submittedOn: newer.submittedOn ?? older.submittedOn ?? null,
    answeredOn: newer.answeredOn ?? older.answeredOn ?? null,
    postponements: [...new Set([...(older.postponements ?? []), ...(newer.postponements ?? [])])],
    documents,
  };
}

/** A reading's content, without when it was read. */
const content = (set: KamerDocument) => JSON.stringify({ ...set, fromPage: set.fromPage?.url });

/**
 * Store a set read from a page (merged with an earlier reading of it). Returns it as stored and
 * whether that changed what the index holds (a revisit of the same page changes nothing).
 */
export async function putPageSet(
  db: KamerDb,
  set: KamerDocument,
): Promise<{ stored: KamerDocument; changed: boolean }> {
  return db.transaction('rw', db.meta, async () => {
    const sets = await readPageSets(db);
    const at = sets.findIndex((s) => s.id === set.id);
    const merged = at >= 0 ? mergeReadings(sets[at], set) : set;
    if (at >= 0 && content(merged) === content(sets[at]))
      return { stored: sets[at], changed: false };
    if (at >= 0) sets.splice(at, 1);
    sets.push(merged);
    await db.meta.put({ key: META_PAGE_SETS, value: sets.slice(-PAGE_SETS_LIMIT) });
    return { stored: merged, changed: true };
  });
}

/**
 * The official sets a sync brought replace the page readings of the same set: history entries
 * move to the official set (title and status as the index has them), the readings are dropped.
 * `replacements` maps page-set id → official set.
 */
export async function replacePageSets(
  db: KamerDb,
  replacements: ReadonlyMap<string, KamerDocument>,
): Promise<void> {
  if (replacements.size === 0) return;
  await db.transaction('rw', db.meta, db.history, async () => {
    for (const [pageId, official] of replacements) {
      await db.history
        .where('documentId')
        .equals(pageId)
        .modify((row) => {
          row.documentId = official.id;
          row.title = official.title;
        });
    }
    const sets = await readPageSets(db);
    await db.meta.put({
      key: META_PAGE_SETS,
      value: sets.filter((s) => !replacements.has(s.id)),
    });
  });
}
