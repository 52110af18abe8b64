/**
 * Which set does this page show? The one identifier: the engine proposes candidates from its
 * index (./identify.ts, by rare shared words, weighed by the people named), and `judge` decides
 * with one score and one THRESHOLD, for the proposal and for the check of the proposal's
 * same-question siblings against the page's full text (./annotate-page.ts). Before either, a page
 * that carries official identifiers is recognised by them (./annotate-page.ts). Pure: plain
 * strings and the corpus model.
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

/** How far below the best a set may score and still be one the page must tell apart from it. */
const ALIKE_MARGIN = 0.12;
/** Closer than this and the scores alone do not decide between two sets. */
const DECISIVE_MARGIN = 0.03;

export interface Judgement {
  /** The set the page shows, at or above THRESHOLD; null when none is, or the page cannot tell. */
  document: KamerDocument | null;
  confidence: number;
  /**
   * When the page fits several sets alike (the same questions put to several ministers) and
   * nothing on it tells them apart: those sets, best first. Empty otherwise.
   */
  alike: KamerDocument[];
}

/** The words a set is told apart by: its questions, its title and the names it is addressed to. */
function ownWords(document: KamerDocument): Set<string> {
  return words(
    [
      document.title,
      ...document.questions.map((q) => q.text),
      ...document.addressees.map((p) => p.name),
    ].join(' '),
  );
}

/**
 * The one identifier's decision, for the engine's proposal and for the page's full-text check
 * alike: each candidate scored by matchConfidence; below THRESHOLD nothing is claimed. Sets that
 * score alike (within ALIKE_MARGIN of the best) are told apart by the words only one of them uses
 * (the sibling sets differ in an organisation name per question: "Logius", "het UWV en de SVB",
 * "Rijkswaterstaat", or in the minister named): the one whose own words the page holds, and
 * holds more of than any other, is claimed. When the page holds none of them, or as many of two
 * sets', it cannot tell, and `alike` lists the sets instead of one being claimed.
 */
export function judge(fingerprint: PageFingerprint, candidates: KamerDocument[]): Judgement {
  const seen = new Set<string>();
  const scored = candidates
    .filter((d) => !seen.has(d.id) && seen.add(d.id))
    .map((document) => ({ document, confidence: matchConfidence(fingerprint, document) }))
    .sort((a, b) => b.confidence - a.confidence || (a.document.id < b.document.id ? -1 : 1));
  const best = scored[0];
  if (!best || best.confidence < THRESHOLD)
    return { document: null, confidence: best?.confidence ?? 0, alike: [] };
  const group = scored.filter(
    (s) => s.confidence >= THRESHOLD && s.confidence >= best.confidence - ALIKE_MARGIN,
  );
  const claim = (s: { document: KamerDocument; confidence: number }) => ({
    document: s.document,
    confidence: Math.round(s.confidence * 1000) / 1000,
    alike: [],
  });
  if (group.length === 1) return claim(best);
  const page = words(
    [fingerprint.title, ...fingerprint.questions, ...fingerprint.people].join(' '),
  );
  const own = group.map((s) => ownWords(s.document));
  const hits = own.map((mine, i) => {
    let n = 0;
    for (const word of mine) {
      if (!page.has(word)) continue;
      if (own.every((theirs, j) => j === i || !theirs.has(word))) n++;
    }
    return n;
  });
  const top = Math.max(...hits);
  const leaders = group.map((_, i) => i).filter((i) => hits[i] === top);
  if (leaders.length === 1 && top > 0) return claim(group[leaders[0]]);
  // Nothing on the page tells the leaders apart: only a clear lead in the score claims one.
  const [a, b] = leaders;
  if (group[a].confidence - group[b].confidence >= DECISIVE_MARGIN) return claim(group[a]);
  return {
    document: null,
    confidence: Math.round(best.confidence * 1000) / 1000,
    alike: group.map((s) => s.document),
  };
}
