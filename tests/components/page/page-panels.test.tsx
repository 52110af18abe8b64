// @vitest-environment happy-dom
/**
 * The page panel's two new states: a set not in the index ("Deze set staat nog niet in je index —
 * index bijgewerkt tot …", data-kamerlezer-identified="") and a page that fits several sets alike
 * ("Een van N sets met deze vragen", listed); and a postponed answer with its date.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { AlikePanel } from '../../../components/page/alike-panel';
import { panelModel } from '../../../components/page/panel-model';
import { RelatedPanel } from '../../../components/page/related-panel';
import { pageTranslator } from '../../../utils/i18n/strings-page';
import { fire, mount, unmount } from '../../support/dom';
import { gemeentenCloudOfficial, rwsOfficial } from '../../support/official-sets';
import { summaryOf } from '../../support/documents';
import { techgiganten } from '../../support/seed';

const links = { readerHref: (id: string) => `reader.html#${id}`, openReader: () => {} };
let root: HTMLElement | null = null;
afterEach(() => root && unmount(root));

test('not in the index: says so with the index date (Dutch and English), identified is empty', async () => {
  const reading = { ...gemeentenCloudOfficial, id: 'page-2026z21000' };
  const model = panelModel({
    document: reading,
    confidence: 1,
    siblings: [],
    related: [],
    inIndex: false,
    indexedUntil: '2026-11-28T09:00:00.000Z',
    by: 'page',
  });
  root = mount(<RelatedPanel model={model} t={pageTranslator('nl')} links={links} />);
  const section = root.querySelector('section.panel')!;
  expect(section.getAttribute('data-kamerlezer-identified')).toBe('');
  expect(section.hasAttribute('data-kamerlezer-doc')).toBe(false);
  expect(root.querySelector('.summary')!.textContent).toMatch(
    /^Deze set staat nog niet in je index — index bijgewerkt tot 28 nov 2026/,
  );
  unmount(root);
  root = mount(<RelatedPanel model={model} t={pageTranslator('en')} links={links} language="en" />);
  expect(root.querySelector('.summary')!.textContent).toMatch(
    /^This set is not in your index yet — index updated to 28 Nov 2026/,
  );
});

test('postponed: the status says so, with the date of the notice', () => {
  const model = panelModel(
    { document: rwsOfficial, confidence: 1, siblings: [], related: [], by: 'identifier' },
    { documentKind: 'postponement', receivedOn: '2025-06-12' },
  );
  root = mount(<RelatedPanel model={model} t={pageTranslator('nl')} links={links} />);
  expect(root.querySelector('section')!.getAttribute('data-kamerlezer-identified')).toBe(
    'tg-ienw-rws',
  );
  expect(root.querySelector('.summary')!.textContent).toContain(
    'Antwoord uitgesteld (mededeling van 12 jun 2025)',
  );
});

test('alike: "one of N sets with these questions", each listed, none claimed', async () => {
  const sets = Object.values(techgiganten).map(summaryOf);
  root = mount(<AlikePanel sets={sets} t={pageTranslator('nl')} links={links} />);
  expect(root.querySelector('.summary')!.textContent).toBe('Een van 8 sets met deze vragen');
  expect(root.querySelector('[data-kamerlezer-identified]')).toBeNull();
  fire(root.querySelector('button.panel-toggle')!, 'click');
  await vi.waitFor(() =>
    expect(
      [...root!.querySelectorAll('li[data-kamerlezer-doc]')].map((li) =>
        li.getAttribute('data-kamerlezer-doc'),
      ),
    ).toEqual(sets.map((s) => s.id)),
  );
});
