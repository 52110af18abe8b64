/** The search core's public face (see api.ts for the contract hosts code against). */
export type {
  BuildSegment,
  CreateSearchEngine,
  DocumentLookup,
  SearchEngine,
  SearchSegment,
} from './api';
export { buildSegment } from './build-segment';
export { createSearchEngine } from './engine';
export { SEGMENT_VERSION } from './segment';
