// @vitest-environment happy-dom
/**
 * The site adapters on the §4-shaped fixture pages: what each page says it is, its official
 * identifiers, its people and dates, and its questions and answers whether "Vraag 1" is an
 * element or a line among hard-wrapped lines (<br> or newlines), footnote digits glued to words.
 */
import { describe, expect, test } from 'vitest';
import { detectPage } from '../../../utils/sites/detect';
import { stripGluedFootnotes } from '../../../utils/sites/page-text';
import { loadFixture } from '../../support/load-fixture';
import { OFFICIAL_PAGES, type OfficialPage } from '../../support/official-pages';

function read(page: OfficialPage) {
  const detected = detectPage(page.url)!;
  return detected.adapter.extract(loadFixture(page.file), page.url);
}

describe('tweedekamer.nl', () => {
  test('questions: TYPE from the heading, Zaak and document number from the address, signatories', () => {
    const page = read(OFFICIAL_PAGES.tkQuestions);
    expect(page.documentKind).toBe('questions');
    expect(page.identity).toEqual({
      zaak: '2025Z10887',
      documentNumbers: ['2025D23460'],
      obIds: [],
    });
    expect(page.submitters).toEqual(['Barbara Kathmann', 'Jesse Six Dijkstra']);
    expect(page.submittedOn).toBe('2025-05-22');
    expect(page.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Hard-wrapped lines read as one sentence, the glued footnote digit gone.
    expect(page.questions[1].text).toBe(
      'Kunt u bevestigen dat Rijkswaterstaat, die BNR met zestien andere overheidsorganisaties onder de loep heeft genomen, de overstap naar clouddiensten van Amerikaanse dienstverleners niet heroverweegt? Zo ja, kunt u dit besluit onderbouwen?',
    );
    // The footnote lines after the last question are not part of it.
    expect(page.questions[9].text).toMatch(/van 2 juni a\.s\.\?$/);
  });

  test('answer printed as one block of <br> lines: "Vraag N" / "Antwoord N" lines, a joint answer', () => {
    const page = read(OFFICIAL_PAGES.tkAnswer);
    expect(page.documentKind).toBe('answer');
    expect(page.identity?.documentNumbers).toEqual(['2025D27777']);
    expect(page.addressees).toEqual(['Szabó']);
    expect(page.receivedOn).toBe('2025-07-02');
    expect(page.questions).toHaveLength(23);
    expect(page.answers.find((a) => a.numbers.includes(14))?.numbers).toEqual([14, 15]);
    // Each unit is an inline span inside the one paragraph, so markers and jumps have a target.
    expect(page.questions[0].element.matches('span[data-kamerlezer-line]')).toBe(true);
    expect(page.answers[0].body.map((b) => b.textContent).join(' ')).toContain(
      'weerspiegelt1, of waarin',
    );
  });

  test('nader answer: id= is a document number; postponement: newline-printed text, questions 1–5', () => {
    const nader = read(OFFICIAL_PAGES.tkNader);
    expect(nader.documentKind).toBe('nader-answer');
    expect(nader.identity).toEqual({ zaak: null, documentNumbers: ['2025D40001'], obIds: [] });
    expect(nader.questions.map((q) => q.number)).toEqual([7, 8]);
    const notice = read(OFFICIAL_PAGES.tkPostponement);
    expect(notice.documentKind).toBe('postponement');
    expect(notice.receivedOn).toBe('2025-06-12');
    expect(notice.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(notice.questions[1].text).toContain('Logius');
  });

  test('a motie and a committee list under the kamervragen path say they are no set', () => {
    expect(read(OFFICIAL_PAGES.tkMotie).documentKind).toBe('not-a-set');
    expect(read(OFFICIAL_PAGES.tkLijst).documentKind).toBe('not-a-set');
  });
});

describe('officielebekendmakingen.nl', () => {
  test('kv-tk: head metadata, the h1 sentence, indieners as "Kathmann B.C."', () => {
    const page = read(OFFICIAL_PAGES.obQuestionsNew);
    expect(page.documentKind).toBe('questions');
    expect(page.identity).toEqual({
      zaak: '2026Z21000',
      documentNumbers: [],
      obIds: ['kv-tk-2026Z21000'],
    });
    expect(page.title).toBe(
      'De migratie van gemeentelijke diensten naar Amerikaanse clouddiensten',
    );
    expect(page.submitters).toEqual(['Kathmann']);
    expect(page.submittedOn).toBe('2026-11-26');
    expect(page.questions).toHaveLength(5);
  });

  test('ah-tk answer: "Antwoord 2, 3", Aanhangsel ids; postponement: div.kamervraagopmerking', () => {
    const answer = read(OFFICIAL_PAGES.obAnswer);
    expect(answer.documentKind).toBe('answer');
    expect(answer.identity).toEqual({
      zaak: '2025Z10883',
      documentNumbers: [],
      obIds: ['ah-tk-20242025-2501'],
    });
    expect(answer.answers.map((a) => a.numbers)).toEqual([[1], [4], [2, 3]]);
    expect(answer.answers.some((a) => a.numbers.join() === '2,3')).toBe(true);
    expect(answer.addressees).toEqual(['Van Hijum']);
    const notice = read(OFFICIAL_PAGES.obPostponement);
    expect(notice.documentKind).toBe('postponement');
    expect(notice.identity?.zaak).toBe('2025Z10887');
    expect(notice.receivedOn).toBe('2025-06-12');
  });
});

describe('rijksoverheid.nl', () => {
  test('title, summary and PDF only: people from the summary; a letter says it is none', () => {
    const page = read(OFFICIAL_PAGES.roAnswer);
    expect(page.documentKind).toBe('answer');
    expect(page.title).toBe('De groeiende afhankelijkheid van Amerikaanse techgiganten');
    expect(page.submitters).toEqual(['Kathmann', 'Six Dijkstra']);
    expect(page.addressees).toEqual(['Van Weel']);
    expect(page.questions).toEqual([]);
    expect(read(OFFICIAL_PAGES.roLetter).documentKind).toBe('not-a-set');
  });
});

test.each([
  ['weerspiegelt1, of', 'weerspiegelt, of'],
  ['kwam.2 Daarnaast', 'kwam. Daarnaast'],
  ['Tweede Kamer»1? Bent', 'Tweede Kamer»? Bent'],
  ['motie-Kathmann c.s.3 die', 'motie-Kathmann c.s. die'],
  ['(Kamerstuk 36 574, nr. 2)3, en', '(Kamerstuk 36 574, nr. 2), en'],
  ['M365, DWR2.0 en D9+', 'M365, DWR2.0 en D9+'],
  ['artikel 14 van de wet', 'artikel 14 van de wet'],
])('glued footnote digits: %s', (text, clean) => {
  expect(stripGluedFootnotes(text)).toBe(clean);
});
