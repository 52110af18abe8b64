// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import answerJumps from '../../../entrypoints/annotate.content/features/answer-jumps';
import priorAnswers from '../../../entrypoints/annotate.content/features/prior-answers';
import recordVisit from '../../../entrypoints/annotate.content/features/record-visit';
import relatedPanel from '../../../entrypoints/annotate.content/features/related-panel';
import { features } from '../../../entrypoints/annotate.content/features';
import { runFeatures } from '../../../entrypoints/annotate.content/feature';
import type { PriorAnswer, RelatedSet } from '../../../utils/search/types';
import { officielebekendmakingen } from '../../../utils/sites/officielebekendmakingen';
import { rijksoverheid } from '../../../utils/sites/rijksoverheid';
import { tweedekamer } from '../../../utils/sites/tweedekamer';
import { loadFixture } from '../../support/load-fixture';
import { fakeBackground, testContext } from '../../support/fake-background';
import { emancipatie, noodfonds, summaryOf, techgiganten } from '../../support/seed-documents';

const siblings = Object.values(techgiganten);
const documents = [...siblings, noodfonds, emancipatie];

/** What the search engine says for each techgiganten set: its seven siblings, then a set by the same submitters. */
const related: Record<string, RelatedSet[]> = Object.fromEntries(
  siblings.map((doc) => [
    doc.id,
    [
      ...siblings
        .filter((s) => s !== doc)
        .map((s) => ({
          document: summaryOf(s),
          score: 0.95,
          reasons: [{ kind: 'same-questions' as const, detail: '' }],
        })),
      {
        document: summaryOf(noodfonds),
        score: 0.2,
        reasons: [{ kind: 'same-submitters' as const, detail: 'Barbara Kathmann' }],
      },
    ],
  ]),
);

const prior: PriorAnswer = {
  document: summaryOf(noodfonds),
  questionNumber: 2,
  questionText: noodfonds.questions[1].text,
  answerOpening:
    'Het energiefonds 2025 is net als het Noodfonds in 2023 en het Noodfonds in 2024 een publiek-private samenwerking.',
  answeredBy: noodfonds.addressees,
  score: 0.4,
};

const UWV_URL =
  'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456';

function uwvPage(propose: string | null) {
  const doc = loadFixture('tweedekamer-kamervragen-techgiganten-uwv.html');
  const background = fakeBackground({
    documents,
    propose,
    related,
    prior: { 'tg-szw-uwv': { 7: [prior] } },
  });
  const opened: { id: string; inBackground: boolean }[] = [];
  return {
    doc,
    background,
    opened,
    context: testContext(doc, tweedekamer, background.ask, { url: UWV_URL, opened }),
  };
}

const controller = () => new AbortController().signal;

describe('related panel', () => {
  test('the background proposes a sibling; the page claims the set it really shows and says so in a one-line panel', async () => {
    const { doc, context } = uwvPage('tg-ocw-duo');
    await relatedPanel.init(context, controller());
    const hosts = doc.querySelectorAll('[data-kamerlezer="panel"]');
    expect(hosts).toHaveLength(1);
    const host = hosts[0];
    expect(host.getAttribute('data-kamerlezer-doc')).toBe('tg-szw-uwv');
    // First in the body (first in keyboard order); it floats, so the page text does not move.
    expect(doc.body.firstElementChild).toBe(host);
    const shadow = host.shadowRoot!;
    expect(shadow.querySelector('.summary')?.textContent).toBe(
      'nog niet beantwoord · 7 × dezelfde vragen aan andere bewindspersonen · 1 verwante sets · 2 moties en Kamerstukken',
    );
    // Collapsed: nothing but the head line.
    expect(shadow.querySelector('.panel-body')).toBeNull();
  });

  test('opened, it lists the siblings, the related set with its reason and the cited motions; the comparison has a row per question', async () => {
    const { doc, context } = uwvPage('tg-szw-uwv');
    await relatedPanel.init(context, controller());
    const shadow = doc.querySelector('[data-kamerlezer="panel"]')!.shadowRoot!;
    const toggle = shadow.querySelector<HTMLButtonElement>('button.panel-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = [...shadow.querySelectorAll('li[data-kamerlezer-doc]')].map((li) =>
      li.getAttribute('data-kamerlezer-doc'),
    );
    expect(items).toEqual([
      ...siblings.filter((s) => s.id !== 'tg-szw-uwv').map((s) => s.id),
      'noodfonds',
    ]);
    expect(shadow.textContent).toContain('zelfde indieners: Barbara Kathmann');
    // Each sibling is named by the minister that sets it apart, not the staatssecretaris all share.
    expect(shadow.querySelector('li[data-kamerlezer-doc="tg-ocw-duo"] a')?.textContent).toBe(
      'Eppo Bruins',
    );
    const refs = [...shadow.querySelectorAll('a[data-kamerlezer-ref]')].map((a) => [
      a.getAttribute('data-kamerlezer-ref'),
      a.getAttribute('href'),
    ]);
    expect(refs).toEqual([
      ['kst-26643-1315', 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html'],
      ['kst-26643-1320', 'https://zoek.officielebekendmakingen.nl/kst-26643-1320.html'],
    ]);
    const compare = shadow.querySelector<HTMLButtonElement>('button.compare-toggle')!;
    compare.click();
    await new Promise((r) => setTimeout(r, 0));
    const rows = shadow.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    // This set and its seven siblings, one column each, plus the question number.
    expect(rows[0].children).toHaveLength(9);
    expect(rows[0].querySelector('td')?.textContent).toContain('Nog niet beantwoord');
  });

  test('sets open in the reader view (through the background), each with the official search beside it', async () => {
    const { doc, context, opened } = uwvPage('tg-szw-uwv');
    await relatedPanel.init(context, controller());
    const shadow = doc.querySelector('[data-kamerlezer="panel"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.panel-toggle')!.click();
    await new Promise((r) => setTimeout(r, 0));
    const item = shadow.querySelector('li[data-kamerlezer-doc="noodfonds"]')!;
    const [reader, official] = [...item.querySelectorAll('a')];
    expect(reader.getAttribute('href')).toBe('chrome-extension://test/reader.html?id=noodfonds');
    expect(reader.getAttribute('title')).toBe('Lees de set in Kamerlezer (nieuw tabblad)');
    expect(official.getAttribute('href')).toBe(
      `https://zoek.officielebekendmakingen.nl/resultaten?q=${encodeURIComponent(noodfonds.title)}`,
    );
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    reader.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    reader.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }),
    );
    const sibling = shadow.querySelector<HTMLAnchorElement>(
      'li[data-kamerlezer-doc="tg-ocw-duo"] a.set-link',
    )!;
    sibling.dispatchEvent(
      new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }),
    );
    expect(opened).toEqual([
      { id: 'noodfonds', inBackground: false },
      { id: 'noodfonds', inBackground: true },
      { id: 'tg-ocw-duo', inBackground: true },
    ]);
  });

  test('no panel, and no change to the page, when the background knows no set', async () => {
    const { doc, context } = uwvPage(null);
    const before = doc.body.innerHTML;
    await relatedPanel.init(context, controller());
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('prior answers', () => {
  test('a marker only after the question that has prior answers; it opens them', async () => {
    const { doc, context, background, opened } = uwvPage('tg-szw-uwv');
    await priorAnswers.init(context, controller());
    // All the page's questions in one message, together with the identification.
    expect(background.calls.map((c) => c.name)).toEqual(['annotatePage']);
    expect((background.calls[0].payload as { questionNumbers: number[] }).questionNumbers).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const markers = doc.querySelectorAll('[data-kamerlezer="prior-marker"]');
    expect(markers).toHaveLength(1);
    expect(markers[0].getAttribute('data-kamerlezer-question')).toBe('7');
    expect(markers[0].parentElement).toBe(context.page.questions[6].element);
    const button = markers[0].shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!;
    expect(button.textContent).toBe('1 eerder antwoord');
    expect(button.getAttribute('aria-label')).toBe(
      'Toon eerdere antwoorden op vergelijkbare vragen als vraag 7',
    );
    button.click();
    // The answers are asked when the marker is first opened, for that question only.
    const item = await vi.waitFor(() => {
      const found = markers[0].shadowRoot!.querySelector(
        '[role="dialog"] li[data-kamerlezer-doc="noodfonds"]',
      );
      if (!found) throw new Error('prior answers not shown yet');
      return found;
    });
    expect(background.calls.slice(1).map((c) => [c.name, c.payload])).toEqual([
      ['priorAnswersForSet', { id: 'tg-szw-uwv', questionNumbers: [7], limitPerQuestion: 3 }],
    ]);
    expect(item?.textContent).toContain('Het energiefonds 2025 is net als het Noodfonds in 2023');
    item!.querySelector<HTMLAnchorElement>('a.set-link')!.click();
    expect(opened).toEqual([{ id: 'noodfonds', inBackground: false }]);
  });
});

describe('record visit', () => {
  test('an identified page is recorded once, as a page visit with its URL', async () => {
    const { context, background } = uwvPage('tg-szw-uwv');
    await recordVisit.init(context, controller());
    expect(background.calls.filter((c) => c.name === 'recordVisit').map((c) => c.payload)).toEqual([
      { documentId: 'tg-szw-uwv', via: 'page', url: UWV_URL },
    ]);
  });

  test('an unidentified page is not', async () => {
    const { context, background } = uwvPage(null);
    await recordVisit.init(context, controller());
    expect(background.calls.map((c) => c.name)).toEqual(['annotatePage']);
  });
});

describe('in-set cross references', () => {
  test('"zie het antwoord op vraag 3" and its kin link to that answer; a click moves focus there', async () => {
    const doc = loadFixture('ob-ah-tk-noodfonds.html');
    const context = testContext(
      doc,
      officielebekendmakingen,
      fakeBackground({ documents, propose: null }).ask,
    );
    await answerJumps.init(context, controller());
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-kamerlezer="answer-jump"]')];
    const jumps = links.map((a) => [
      a.closest('div.antwoord')!.querySelector('h2')!.textContent,
      a.textContent,
    ]);
    expect(jumps).toEqual([
      ['Antwoord 7', 'vraag 3'],
      ['Antwoord 10', 'vraag 2'],
      ['Antwoord 10', 'vraag 3'],
      ['Antwoord 11', 'vraag 6'],
      ['Antwoord 13', 'vraag 10'],
      ['Antwoord 16', 'vraag 15'],
    ]);
    links[0].click();
    expect(doc.activeElement).toBe(context.page.answers[2].element);
    // Idempotent: a second pass adds nothing.
    await answerJumps.init(context, controller());
    expect(doc.querySelectorAll('a[data-kamerlezer="answer-jump"]')).toHaveLength(6);
  });
});

describe('a motion page', () => {
  test('is never sent for identification: a motion is not a set of Kamervragen', async () => {
    const doc = loadFixture('ob-kst-26643-1315-motie.html');
    const background = fakeBackground({ documents, propose: 'tg-szw-uwv' });
    const context = testContext(doc, officielebekendmakingen, background.ask, {
      url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      kind: 'motion',
    });
    await runFeatures(context, features, controller());
    expect(background.calls).toEqual([]);
    expect(doc.querySelector('[data-kamerlezer="panel"]')).toBeNull();
  });
});

describe('all features on an unrelated page', () => {
  test('leave the page exactly as it was and ask the background only to identify it', async () => {
    const doc = loadFixture('rijksoverheid-unrelated.html');
    const before = doc.documentElement.outerHTML;
    const background = fakeBackground({ documents, propose: null });
    const context = testContext(doc, rijksoverheid, background.ask, {
      url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/03/01/kamerbrief-fietsparkeren',
    });
    await runFeatures(context, features, controller());
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(background.calls.map((c) => c.name)).toEqual(['annotatePage']);
  });
});
