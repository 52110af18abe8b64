/**
 * The search engine a host (background, tests, CLI) creates once and feeds segments to. It keeps
 * only the segments' compact arrays in memory and reaches full documents through the host's
 * DocumentLookup, for the few sets a query actually shows.
 */
import type { DocumentSummary } from './types';
import type { CreateSearchEngine, SearchEngine } from './api';
import { identify } from './identify';
import { IndexState } from './index-state';
import { priorAnswerCounts, priorAnswers, priorAnswersForSet } from './prior-answers';
import { kamerstukKey } from '../index-build/reference-keys';
import { related } from './related';
import { search } from './search';
import { summarize } from './summary';

export const createSearchEngine: CreateSearchEngine = (lookup) => {
  let state = new IndexState([]);
  const engine: SearchEngine = {
    setSegments(segments, masked) {
      state = new IndexState(segments, masked, state);
    },
    search: (request) => search(state, lookup, request),
    related: (id, limit) => related(state, lookup, id, limit),
    priorAnswers: (id, questionNumber, limit) =>
      priorAnswers(state, lookup, id, questionNumber, limit),
    priorAnswersForSet: (id, questionNumbers, limit) =>
      priorAnswersForSet(state, lookup, id, questionNumbers, limit),
    priorAnswerCounts: (document, questionNumbers, limit) =>
      priorAnswerCounts(state, document, questionNumbers, limit),
    identify: (fingerprint) => identify(state, lookup, fingerprint),
    officialIds: (keys) => state.officialIds(keys),
    async prepareForPages() {
      const prepared = state;
      for (let i = 0; i < prepared.segments.length; i++) {
        prepared.segments[i].prepareForPages();
        // A message arriving meanwhile is answered between segments, not after all of them.
        if (i % 16 === 15) await new Promise((resolve) => setTimeout(resolve, 0));
        if (state !== prepared) return; // new segments after a sync: nothing left to warm here
      }
    },
    async citing(kamerstuk: string): Promise<DocumentSummary[]> {
      const key = kamerstukKey(kamerstuk);
      const globals = new Set<number>();
      for (const segment of state.segments) {
        // A dossier ("26643") also finds the numbered papers in it ("26643-1315").
        for (const entry of [...segment.refDocs(key), ...segment.refDocs(`${key}-`, true)]) {
          for (const local of entry.docs)
            if (state.isLive(segment.docBase + local)) globals.add(segment.docBase + local);
        }
      }
      const docs = await lookup.getDocuments(
        [...globals].sort((a, b) => a - b).map((g) => state.idOf(g)),
      );
      return docs.filter((doc) => doc !== null).map(summarize);
    },
  };
  return engine;
};
