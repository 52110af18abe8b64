/**
 * The one citation finder for inline links: the corpus core's `findReferences`
 * (utils/corpus/references.ts), the same that reads the corpus, so a citation the parser
 * understands is one the page links.
 */
import { findReferences as core } from '../../utils/corpus/references';
import type { ReferenceFinder } from '../../utils/sites/citation-spans';

export const findReferences: ReferenceFinder = core;
