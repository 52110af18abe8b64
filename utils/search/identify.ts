/**
 * Which set a page shows, judged from its text as a reader would: the title, the people named
 * and the questions. Pages are partial (an answer page quotes some questions) or reworded
 * ("Antwoord op vragen van het lid Kathmann over …"), so each part is compared by the share of
 * analysed words it has in common, and parts the page lacks drop out of the weighting. Sibling
 * sets with the same questions to other ministers are told apart by the people; when the page
 * cannot tell them apart the confidence drops instead of a guess being claimed.
 */
import type { KamerDocument } from '../corpus/model';
import type { PageFingerprint, PageIdentification } from '../messages/protocol';
import { analyze, fold } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { UNIT_QUESTION, UNIT_TITLE } from './segment';
import { summarize } from './summary';

export const IDENTIFY_THRESHOLD = 0.5;
const MAX_PAGE_QUESTIONS = 12;
/** Sets kept after the word scores, and after weighing in the people: compared in full. */
const TEXT_CANDIDATES = 300;
const FULL_CANDIDATES = 12;
/** Best runner-up closer than this means the page cannot tell two sets apart. */
const AMBIGUITY_MARGIN = 0.03;

function termSet(text: string): Set<string> {
  return new Set(analyze(text));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Dice coefficient of two term sets. */
function dice(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size);
}

/**
 * Adds to `score` the BM25 weight of a text's words on units of one kind (titles or questions),
 * normalised by the text's own best score so title and questions count alike. Only the text's
 * `maxTerms` rarest words are scanned: they decide, and common words' lists are long.
 */
function addText(state: IndexState, text: string, kind: number, maxTerms: number, score: Map<number, number>): void {
  const { stats, segments } = state;
  const infos = [...new Set(analyze(text))]
    .map((term) => stats.term(term))
    .filter((info) => info.docFreq > 0 && info.docFreq <= Math.max(10, stats.docs * 0.2))
    .sort((a, b) => b.idf - a.idf)
    .slice(0, maxTerms);
  const total = infos.reduce((n, info) => n + info.idf, 0);
  if (total === 0) return;
  for (const info of infos) {
    for (let s = 0; s < segments.length; s++) {
      const t = info.where[s];
      if (t < 0) continue;
      const segment = segments[s];
      const unitKind = segment.unitKind();
      const unitDoc = segment.unitDoc();
      const cursor = segment.postings(t);
      let last = -1;
      while (cursor.next()) {
        const local = cursor.unit;
        if ((unitKind[local] & 3) !== kind) continue;
        const global = segment.docBase + unitDoc[local];
        if (global === last) continue; // once per set and word
        last = global;
        score.set(global, (score.get(global) ?? 0) + info.idf / total);
      }
    }
  }
}

/** Share of a set's people (submitters and addressees) whose surname the page names. */
function peopleShare(state: IndexState, global: number, page: string): number {
  const { segment, local } = state.doc(global);
  const names = [segment.submitters(local), segment.addressees(local)].join('|').split('|').filter(Boolean);
  if (names.length === 0) return 0;
  return names.filter((name) => {
    const last = surname(name);
    return last.length > 1 && page.includes(last);
  }).length / names.length;
}

/**
 * Sets worth comparing in full: the best by shared rare words of title and questions, then, among
 * many equal ones (the same questions put to several ministers), those whose people the page names.
 */
function candidates(state: IndexState, fingerprint: PageFingerprint, page: string): number[] {
  const score = new Map<number, number>();
  if (fingerprint.title.trim()) addText(state, fingerprint.title, UNIT_TITLE, 8, score);
  for (const q of fingerprint.questions.slice(0, MAX_PAGE_QUESTIONS)) addText(state, q, UNIT_QUESTION, 6, score);
  const byText = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TEXT_CANDIDATES);
  const withPeople = page
    ? byText.map(([global, text]) => [global, text * (0.5 + 0.5 * peopleShare(state, global, page))] as const)
    : byText;
  return [...withPeople]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, FULL_CANDIDATES)
    .map(([global]) => global);
}

function surname(name: string): string {
  const parts = fold(name).split(/\s+/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

function titleScore(page: Set<string>, doc: KamerDocument): number | null {
  if (page.size === 0) return null;
  const title = termSet(doc.title);
  if (title.size === 0) return 0;
  const shared = overlap(page, title);
  // A page title often wraps the set's title ("Antwoord op vragen … over <title>").
  return 0.75 * (shared / title.size) + 0.25 * (shared / page.size);
}

function questionScore(page: Set<string>[], doc: KamerDocument): number | null {
  if (page.length === 0) return null;
  const docQuestions = doc.questions.map((q) => termSet(q.text));
  if (docQuestions.length === 0) return 0;
  let sum = 0;
  for (const q of page) sum += Math.max(0, ...docQuestions.map((d) => dice(q, d)));
  return sum / page.length;
}

function peopleScore(page: string, doc: KamerDocument): number | null {
  if (page.trim() === '') return null;
  const people = [...doc.submitters, ...doc.addressees];
  if (people.length === 0) return 0;
  const found = people.filter((p) => {
    const name = surname(p.name);
    return name.length > 1 && page.includes(name);
  }).length;
  return found / people.length;
}

export function matchConfidence(fingerprint: PageFingerprint, doc: KamerDocument): number {
  const parts: [number | null, number][] = [
    [titleScore(termSet(fingerprint.title), doc), 0.35],
    [
      questionScore(
        fingerprint.questions.slice(0, MAX_PAGE_QUESTIONS).map(termSet).filter((s) => s.size > 0),
        doc,
      ),
      0.45,
    ],
    [peopleScore(fingerprint.people.map(fold).join(' | '), doc), 0.2],
  ];
  let weight = 0;
  let sum = 0;
  for (const [score, w] of parts) {
    if (score === null) continue;
    weight += w;
    sum += w * score;
  }
  // People alone never identify a set: the same Kamerleden ask about everything.
  const textWeight = (parts[0][0] === null ? 0 : 0.35) + (parts[1][0] === null ? 0 : 0.45);
  return textWeight === 0 ? 0 : sum / weight;
}

export async function identify(
  state: IndexState,
  lookup: DocumentLookup,
  fingerprint: PageFingerprint,
): Promise<PageIdentification> {
  const page = fingerprint.people.map(fold).join(' | ');
  const globals = candidates(state, fingerprint, page);
  if (globals.length === 0) return { document: null, confidence: 0 };
  const docs = await lookup.getDocuments(globals.map((g) => state.idOf(g)));
  const scored = docs
    .filter((doc): doc is KamerDocument => doc !== null)
    .map((doc) => ({ doc, confidence: matchConfidence(fingerprint, doc) }))
    .sort((a, b) => b.confidence - a.confidence);
  const [best, second] = scored;
  if (!best) return { document: null, confidence: 0 };
  let confidence = best.confidence;
  if (second && best.confidence - second.confidence < AMBIGUITY_MARGIN) confidence *= 0.8;
  confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000;
  return { document: confidence >= IDENTIFY_THRESHOLD ? summarize(best.doc) : null, confidence };
}
