import { expect, test } from 'vitest';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine } from '../../../utils/search';
import { memoryLookup } from '../../support/make-documents';
import { loadSeedCorpus } from '../../support/seed-corpus';

test('the fractie filter finds a member’s sets where the record leaves her party out (the seed’s eight techgiganten sets, Kathmann)', async () => {
  const docs = (await loadSeedCorpus()).documents;
  const tech = docs.filter(
    (d) => d.title === 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
  );
  expect(tech).toHaveLength(8);
  // Most of these records leave her party out.
  const unwritten = tech.filter((doc) =>
    doc.submitters.some((p) => p.name === 'Barbara Kathmann' && p.partyAsWritten === null),
  );
  expect(unwritten.length).toBeGreaterThan(4);
  const engine = createSearchEngine(memoryLookup(docs));
  engine.setSegments([buildSegment('seed', docs)]);
  const response = await engine.search({
    query: '',
    filters: { party: 'GroenLinks-PvdA' },
    limit: 50,
  });
  const found = new Set(response.hits.map((h) => h.document.id));
  for (const doc of tech) expect(found.has(doc.id)).toBe(true);
});
