/**
 * Does this page show that set? The background proposes a set for a page fingerprint; the page
 * side checks the proposal (and its near-identical siblings, which differ only in the addressed
 * ministry and an organisation name or two) against the full text it sees, and claims nothing
 * below THRESHOLD. Pure: plain strings and the corpus model.
 */
import type { KamerDocument } from '../corpus/model';
import type { PageFingerprint } from './types';

/** Below this, the page is "not in the corpus" and gets no corpus claims. */
export const THRESHOLD = 0.6;

/**
 * The background's search scales with the words it is given (measured on a 50,000-set index:
 * ~110 ms for 40 questions, ~45 ms for 8). A proposal needs only to land in the right group of
 * sibling sets; the full text then decides locally. So it gets a sample spread over the page.
 */
const PROPOSAL_QUESTIONS = 10;

/** The fingerprint with at most PROPOSAL_QUESTIONS questions, evenly spread (first and last kept). */
export function proposalFingerprint(fingerprint: PageFingerprint): PageFingerprint {
  const { questions } = fingerprint;
  if (questions.length <= PROPOSAL_QUESTIONS) return fingerprint;
  const step = (questions.length - 1) / (PROPOSAL_QUESTIONS - 1);
  return {
    ...fingerprint,
    questions: Array.from(
      { length: PROPOSAL_QUESTIONS },
      (_, i) => questions[Math.round(i * step)],
    ),
  };
}

/** Lowercased, diacritics folded, words of three letters or more ("DUO", "UWV" count). */
export function words(text: string): Set<string> {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set(folded.match(/[a-z0-9]{3,}/g) ?? []);
}

/** Dice overlap of two word sets, 0…1. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * 0…1: how well the page's title, people and questions fit the set. Questions weigh most: the
 * sibling sets share title and submitters and differ in a word per question ("UWV", "DUO").
 */
export function matchConfidence(fingerprint: PageFingerprint, document: KamerDocument): number {
  const title = dice(words(fingerprint.title), words(document.title));
  const names = [...document.submitters, ...document.addressees].map((p) => p.name.toLowerCase());
  const people =
    fingerprint.people.length === 0
      ? null
      : fingerprint.people.filter((person) => {
          const surname = person.toLowerCase().trim();
          return (
            surname.length > 1 &&
            names.some((name) => name.includes(surname) || surname.includes(name))
          );
        }).length / fingerprint.people.length;
  let questions: number | null = null;
  if (fingerprint.questions.length > 0 && document.questions.length > 0) {
    const documentWords = document.questions.map((q) => words(q.text));
    const best = fingerprint.questions.map((text) => {
      const pageWords = words(text);
      return Math.max(...documentWords.map((w) => dice(pageWords, w)));
    });
    const coverage =
      Math.min(fingerprint.questions.length, document.questions.length) /
      Math.max(fingerprint.questions.length, document.questions.length);
    questions = (best.reduce((sum, x) => sum + x, 0) / best.length) * (0.7 + 0.3 * coverage);
  }
  const parts: [number, number][] = [[title, questions === null ? 0.7 : 0.3]];
  if (questions !== null) parts.push([questions, 0.55]);
  if (people !== null) parts.push([people, questions === null ? 0.3 : 0.15]);
  const weight = parts.reduce((sum, [, w]) => sum + w, 0);
  return parts.reduce((sum, [score, w]) => sum + score * w, 0) / weight;
}

/** The best-fitting candidate at or above THRESHOLD, or null. */
export function bestMatch(
  fingerprint: PageFingerprint,
  candidates: KamerDocument[],
): { document: KamerDocument; confidence: number } | null {
  let best: { document: KamerDocument; confidence: number } | null = null;
  for (const document of candidates) {
    const confidence = matchConfidence(fingerprint, document);
    if (!best || confidence > best.confidence) best = { document, confidence };
  }
  return best && best.confidence >= THRESHOLD ? best : null;
}
