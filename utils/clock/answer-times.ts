/**
 * Answer times over the corpus (overview page): per ministry, per minister and per fractie of the
 * submitters, the median days to the answer and the share of sets over their term. Only sets with
 * a submission date count (the official import); seed sets have none. Pure.
 */
import type { KamerDocument, Person } from '../corpus/model';
import { answerClock, clockFactsOf } from './deadline';
import type { IsoDate } from './days';

export interface AnswerTimeRow {
  label: string;
  /** Sets with a submission date. */
  sets: number;
  /** Of those, answered with a known answer date. */
  answered: number;
  /** Median days from submission to answer, over `answered`; null when none. */
  medianDays: number | null;
  /** Sets over their term: answered late, or unanswered past the due date. */
  late: number;
  /** late / (sets whose term is decided: answered, or past the due date); null when none. */
  shareLate: number | null;
}

export interface AnswerTimes {
  /** Sets with a submission date, and the years they cover ("2024", "2025"). */
  sets: number;
  years: string[];
  byMinistry: AnswerTimeRow[];
  byMinister: AnswerTimeRow[];
  byParty: AnswerTimeRow[];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The ministry a role names: "minister van Sociale Zaken en Werkgelegenheid" → "Sociale Zaken en
 * Werkgelegenheid"; "staatssecretaris van Financiën" → "Financiën". Null when the role names none.
 */
export function ministryOf(person: Person): string | null {
  for (const role of person.roles) {
    const m = /\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+(.+)$/i.exec(role.trim());
    if (m) return m[1].replace(/^(?:de|het)\s+/i, '').trim();
  }
  return null;
}

interface Tally {
  days: number[];
  sets: number;
  late: number;
  decided: number;
}

function add(map: Map<string, Tally>, label: string, clock: ReturnType<typeof answerClock>) {
  let tally = map.get(label);
  if (!tally) map.set(label, (tally = { days: [], sets: 0, late: 0, decided: 0 }));
  tally.sets++;
  if (clock.answerDays !== null) tally.days.push(clock.answerDays);
  const late = clock.state === 'late' || clock.state === 'answered-late';
  if (late) tally.late++;
  if (late || clock.state === 'answered-on-time') tally.decided++;
}

function rows(map: Map<string, Tally>, limit: number): AnswerTimeRow[] {
  return [...map]
    .map(([label, t]) => ({
      label,
      sets: t.sets,
      answered: t.days.length,
      medianDays: median(t.days),
      late: t.late,
      shareLate: t.decided ? t.late / t.decided : null,
    }))
    .sort((a, b) => b.sets - a.sets || a.label.localeCompare(b.label, 'nl'))
    .slice(0, limit);
}

export function answerTimes(
  documents: readonly KamerDocument[],
  today: IsoDate,
  limit = 15,
): AnswerTimes {
  const ministries = new Map<string, Tally>();
  const ministers = new Map<string, Tally>();
  const parties = new Map<string, Tally>();
  const years = new Set<string>();
  let sets = 0;
  for (const doc of documents) {
    const clock = answerClock(clockFactsOf(doc), today);
    if (!clock.submittedOn || clock.state === 'withdrawn') continue;
    sets++;
    years.add(clock.submittedOn.slice(0, 4));
    // A set counts once per ministry, minister and fractie, however many share it.
    for (const m of new Set(doc.addressees.map(ministryOf).filter((m): m is string => !!m)))
      add(ministries, m, clock);
    for (const name of new Set(doc.addressees.map((p) => p.name))) add(ministers, name, clock);
    for (const party of new Set(doc.submitters.map((p) => p.party).filter((p): p is string => !!p)))
      add(parties, party, clock);
  }
  return {
    sets,
    years: [...years].sort(),
    byMinistry: rows(ministries, limit),
    byMinister: rows(ministers, limit),
    byParty: rows(parties, limit),
  };
}
