// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import citationLinks from '../../../entrypoints/annotate.content/features/citation-links';
import { findReferences } from '../../../entrypoints/annotate.content/reference-finder';
import { officielebekendmakingen } from '../../../utils/sites/officielebekendmakingen';
import { tweedekamer } from '../../../utils/sites/tweedekamer';
import { loadFixture } from '../../support/load-fixture';
import { fakeBackground, testContext } from '../../support/fake-background';
import { techgiganten } from '../../support/seed-documents';

const documents = Object.values(techgiganten);
const signal = () => new AbortController().signal;
const links = (doc: Document) =>
  [...doc.querySelectorAll('a[data-kamerlezer-ref]')].map((a) => [
    a.textContent,
    a.getAttribute('data-kamerlezer-ref'),
    a.getAttribute('href'),
  ]);

describe('inline citation links', () => {
  test('a motion page outside the corpus: every Kamerstuk citation links to its official page', async () => {
    const doc = loadFixture('ob-kst-26643-1315-motie.html');
    const context = testContext(
      doc,
      officielebekendmakingen,
      fakeBackground({ documents, propose: null }).ask,
      { findReferences },
    );
    await citationLinks.init(context, signal());
    const found = links(doc);
    expect(found.map(([, ref, href]) => [ref, href])).toEqual([
      ['kst-26643-1153', 'https://zoek.officielebekendmakingen.nl/kst-26643-1153.html'],
      ['kst-26643-1320', 'https://zoek.officielebekendmakingen.nl/kst-26643-1320.html'],
      ['kst-36574', 'https://zoek.officielebekendmakingen.nl/dossier/36574'],
    ]);
    // The corpus core may link the whole citation ("motie-Six Dijkstra c.s. (Kamerstuk …)"); the
    // page-side finder links the Kamerstuk notation. Either way the notation is inside the link.
    expect(found[0][0]).toContain('Kamerstuk 26 643, nr. 1153');
    expect(found[1][0]).toContain('Kamerstuk 26 643, nr. 1320');
    expect(found[2][0]).toContain('Kamerstuk 36 574');
    // The text reads as before: links wrap words, nothing is added or lost.
    expect(doc.querySelector('#broodtekst')!.textContent).toContain(
      'constaterende dat de motie-Six Dijkstra c.s. (Kamerstuk 26 643, nr. 1320) vraagt om de continuïteit',
    );
  });

  test('an identified page: footnote citations, and the uncited motions the corpus resolved', async () => {
    const doc = loadFixture('tweedekamer-kamervragen-techgiganten-uwv.html');
    const context = testContext(
      doc,
      tweedekamer,
      fakeBackground({ documents, propose: 'tg-szw-uwv' }).ask,
      { findReferences },
    );
    await citationLinks.init(context, signal());
    expect(links(doc).map(([text, ref]) => [text, ref])).toEqual([
      ['motie-Kathmann c.s.', 'kst-26643-1315'],
      ['motie-Six Dijkstra c.s.', 'kst-26643-1320'],
      ['Kamerstuk 26 643, nr. 1315', 'kst-26643-1315'],
      ['Kamerstuk 26 643, nr. 1320', 'kst-26643-1320'],
      ['Kamerstuk 36 574', 'kst-36574'],
    ]);
    // The question text reads as before: the link wraps the words, nothing is added or lost.
    expect(context.page.questions[6].element.textContent).toContain(
      'aangenomen motie-Kathmann c.s.3 die hiertoe oproept?',
    );
  });

  test('idempotent: running again links nothing twice', async () => {
    const doc = loadFixture('ob-kv-tk-techgiganten-duo.html');
    const context = testContext(
      doc,
      officielebekendmakingen,
      fakeBackground({ documents, propose: null }).ask,
      { findReferences },
    );
    await citationLinks.init(context, signal());
    const first = links(doc);
    expect(first.map(([, ref]) => ref)).toEqual([
      'kst-26643-1315',
      'kst-26643-1320',
      'kst-36574-2',
    ]);
    await citationLinks.init(context, signal());
    expect(links(doc)).toEqual(first);
  });
});
