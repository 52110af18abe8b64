/**
 * Highlight ranges: the spans of a text whose analysed term is one the query matched, found by
 * re-tokenizing the text as written, so ranges are offsets into what the reader sees.
 */
import type { HighlightRange } from './types';
import { tokenize, type Token } from '../text';

export function highlights(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  return tokenize(text)
    .filter((token) => terms.has(token.term))
    .map((token): HighlightRange => [token.start, token.end]);
}

/** Whether `phrase` (analysed terms, in order) occurs as consecutive content tokens. */
export function containsPhrase(tokens: Token[], phrase: string[]): boolean {
  if (phrase.length < 2) return false;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j].term !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
