import { afterEach, describe, expect, test, vi } from 'vitest';
import { fire, mount, settle, texts, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { ReaderView, type ReaderApi } from '../../../components/reader/reader-view';
import { BarChart } from '../../../components/charts/bar-chart';
import type { KamerDocument } from '../../../utils/corpus/model';
import {
  bruins,
  doc,
  kathmann,
  question,
  szabo,
  techgiganten,
  vanHijum,
} from '../../support/ui-fixtures';

const joint = { answeredWith: [2, 3] };
const noodfonds: KamerDocument = doc('nood', {
  title: 'Het sluiten van het Tijdelijk Noodfonds Energie',
  submitters: [kathmann],
  addressees: [szabo],
  occurrences: 2,
  questions: [
    question(
      1,
      'Bent u op de hoogte van de stormloop op het Tijdelijk Noodfonds Energie?',
      'Ja, hier ben ik van op de hoogte.',
      { footnotes: [1, 2, 3] },
    ),
    question(
      2,
      'Hoe gaat u uitvoering geven aan de motie-Kathmann c.s.?',
      'Zie de brief.\n\nZoals bij vraag 1 aangegeven, volgt een Kamerbrief.',
      joint,
    ),
    question(
      3,
      'Kunt u de Kamer informeren?',
      'Zie de brief.\n\nZoals bij vraag 1 aangegeven, volgt een Kamerbrief.',
      joint,
    ),
  ],
  references: [
    {
      kind: 'motion',
      text: 'motie-Kathmann c.s.',
      label: 'motie-Kathmann c.s.',
      kamerstuk: '26643-1315',
      url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      question: 2,
      in: 'question',
    },
    {
      kind: 'question',
      text: 'vraag 1',
      label: 'vraag 1',
      kamerstuk: null,
      url: null,
      question: 2,
      in: 'answer',
      questions: [1],
    },
  ],
  warnings: [
    {
      line: 231,
      code: 'answer-drift',
      message: 'Het antwoord bij vraag 3 lijkt bij vraag 4 te horen.',
    },
  ],
});

function fakeApi(documents: KamerDocument[], relatedIds: string[] = []): ReaderApi {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    getDocument: vi.fn(async (id: string) => byId.get(id) ?? null),
    getDocuments: vi.fn(async (ids: string[]) => ids.map((id) => byId.get(id) ?? null)),
    related: vi.fn(async () =>
      relatedIds.map((id) => ({
        document: {
          id,
          title: byId.get(id)!.title,
          submitters: [],
          addressees: byId.get(id)!.addressees,
          status: byId.get(id)!.status,
          questionCount: 3,
        },
        score: 1,
        reasons: [{ kind: 'same-questions' as const, detail: '' }],
      })),
    ),
    priorAnswers: vi.fn(async () => []),
    recordVisit: vi.fn(async () => ({ ok: true })),
    readerHref: (id: string) => `reader.html?id=${id}`,
  };
}

let root: HTMLElement | null = null;
afterEach(() => root && unmount(root));

function show(id: string | null, api: ReaderApi) {
  root = mount(
    <I18nProvider language="nl">
      <ReaderView id={id} api={api} />
    </I18nProvider>,
  );
  return root;
}

describe('ReaderView', () => {
  test('header, questions, a joint answer shown once and linked from each of its questions', async () => {
    const api = fakeApi([noodfonds]);
    const root = show('nood', api);
    await settle(10);
    expect(texts(root, 'h1')).toEqual([noodfonds.title]);
    expect(texts(root, '.occurrences')).toEqual(['· Komt 2 keer voor in de bron']);
    expect(texts(root, '.question h2')).toEqual(['Vraag 1', 'Vraag 2', 'Vraag 3']);
    expect(texts(root, '.answer h3')).toEqual(['Antwoord op vraag 1', 'Antwoord op vraag 2 en 3']);
    expect(root.querySelectorAll('#antwoord-2-3')).toHaveLength(1);
    expect([...root.querySelectorAll('.joint-link a')].map((a) => a.getAttribute('href'))).toEqual([
      '#antwoord-2-3',
      '#antwoord-2-3',
    ]);
    expect(texts(root, '#vraag-1 .footnotes')).toEqual(['1 2 3']);
    expect(api.recordVisit).toHaveBeenCalledWith('nood');
  });

  test('references link to official pages and to questions in the set; warnings are shown', async () => {
    const root = show('nood', fakeApi([noodfonds]));
    await settle(10);
    const motion = root.querySelector('[data-kamerlezer-ref]')!;
    expect(motion.getAttribute('data-kamerlezer-ref')).toBe('kst-26643-1315');
    expect(motion.getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
    );
    expect(motion.textContent).toBe('motie-Kathmann c.s.');
    expect(
      [...root.querySelectorAll('#antwoord-2-3 a.ref-question')].map((a) => a.getAttribute('href')),
    ).toEqual(['#vraag-1']);
    expect(texts(root, '.source-warnings li')).toEqual([
      'Het antwoord bij vraag 3 lijkt bij vraag 4 te horen.',
    ]);
  });

  test('the same questions to other ministers, side by side', async () => {
    const szw = techgiganten('szw', vanHijum);
    const ocw = techgiganten('ocw', bruins);
    const root = show('szw', fakeApi([szw, ocw], ['ocw']));
    await settle(20);
    expect(texts(root, '.same-questions thead th')).toEqual([
      'Vraag',
      'Eddy van Hijum (minister, CDA) Onbeantwoord',
      'Eppo Bruins (minister, NSC) Onbeantwoord',
    ]);
    expect(root.querySelectorAll('.same-questions tbody tr')).toHaveLength(3);
  });

  test('corpus text that looks like HTML stays text', async () => {
    const hostile = doc('evil', {
      title: '<img src=x onerror=alert(1)>',
      questions: [question(1, '<script>alert(1)</script>?', '<b>vet</b>')],
    });
    const root = show('evil', fakeApi([hostile]));
    await settle(10);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(texts(root, 'h1')).toEqual(['<img src=x onerror=alert(1)>']);
  });

  test('prior answers per question are loaded when asked for, with who gave them', async () => {
    const api = fakeApi([noodfonds]);
    api.priorAnswers = vi.fn(async () => [
      {
        document: {
          id: 'nood-2024',
          title: 'Het Noodfonds Energie 2024',
          submitters: [],
          addressees: [szabo],
          status: 'answered' as const,
          questionCount: 5,
        },
        questionNumber: 3,
        questionText: 'Erkent u dat het budget te beperkt is?',
        answerOpening: 'Het budget was beperkt.',
        answeredBy: [szabo],
        score: 0.8,
      },
    ]);
    const root = show('nood', api);
    await settle(10);
    const button = root.querySelector('#vraag-2 .prior-answers button')!;
    expect(button.textContent).toBe('Eerdere antwoorden op vraag 2');
    fire(button, 'click');
    await settle(10);
    expect(api.priorAnswers).toHaveBeenCalledWith('nood', 2);
    const item = root.querySelector('#vraag-2 .prior-answers li')!;
    expect(item.getAttribute('data-kamerlezer-doc')).toBe('nood-2024');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('reader.html?id=nood-2024#vraag-3');
    expect(texts(item, '.hint')).toEqual(['Beantwoord door Zsolt Szabó (VVD)']);
  });

  test('an unknown id says so and records nothing', async () => {
    const api = fakeApi([]);
    const root = show('gone', api);
    await settle(10);
    expect(texts(root, '.notice')[0]).toMatch(/niet in de lokale index/);
    expect(api.recordVisit).not.toHaveBeenCalled();
  });
});

describe('BarChart', () => {
  test('one bar per row, lengths in proportion, figures in a table for screen readers', () => {
    root = mount(
      <BarChart
        id="p"
        title="Sets per fractie"
        valueLabel="sets"
        data={[
          { label: 'GroenLinks-PvdA', value: 15 },
          { label: 'NSC', value: 10 },
          { label: 'VVD', value: 0 },
        ]}
      />,
    );
    const widths = [...root.querySelectorAll('.bar rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths).toEqual([300, 200, 1]);
    expect(texts(root, 'table th')).toEqual(['GroenLinks-PvdA', 'NSC', 'VVD']);
  });
});
