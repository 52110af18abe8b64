/** The search core's public face (api.ts is the contract hosts code against). */
export type { CreateSearchEngine, DocumentLookup, SearchEngine } from './api';
export { createSearchEngine } from './engine';
