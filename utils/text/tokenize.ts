/**
 * Tokenizer with offsets: words (letters and digits) of a text, each with its span in the
 * original string, so a match found on folded, stemmed terms can be highlighted in the text as
 * written. Hyphens and apostrophes split words ("AI-systemen" → "ai", "systemen";
 * "Trump's" → "trump", "s"), which lets a query with or without the hyphen meet.
 */
import { fold } from './fold';
import { stemDutch } from './dutch-stemmer';
import { isStopword } from './stopwords';

export interface Token {
  /** The analysed term: folded, stemmed. */
  term: string;
  /** The folded word before stemming (for prefix matching while typing). */
  word: string;
  /** [start, end) in the original text, UTF-16 code units. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Stemming is the costly step; corpus vocabularies repeat words a lot, so remember results. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function analyzeWord(folded: string): string {
  let stem = stemCache.get(folded);
  if (stem === undefined) {
    // Digits-only tokens and codes like "m365" are names, not Dutch words: keep them whole.
    stem = /\d/.test(folded) ? folded : stemDutch(folded);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(folded, stem);
  }
  return stem;
}

/**
 * Content tokens of a text: stopwords and single letters dropped. Offsets refer to `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const word = fold(raw);
    if (word.length < 2 || isStopword(word)) continue;
    const start = match.index ?? 0;
    tokens.push({ term: analyzeWord(word), word, start, end: start + raw.length });
  }
  return tokens;
}

/** Just the terms, in order (repeats kept). */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (word.length < 2 || isStopword(word)) continue;
    terms.push(analyzeWord(word));
  }
  return terms;
}
