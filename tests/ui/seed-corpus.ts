/**
 * The corpus the surfaces' browser tests sync into the extension: eleven real seed records
 * (the eight techgiganten siblings, Noodfonds, emancipatiebeleid, huisbezoeken), read from the
 * seed file by line range with the page tests' helper. Syncing it from a routed URL makes the
 * tests independent of the bundled corpus, which depends on the parser.
 */
import { emancipatie, noodfonds, seedDocument, techgiganten } from '../page/seed-documents';

export const huisbezoeken = seedDocument('huisbezoeken', 96, 138);

export const surfacesCorpus = [...Object.values(techgiganten), noodfonds, emancipatie, huisbezoeken];

export { emancipatie, noodfonds, techgiganten };
