import { describe, expect, it } from 'vitest';
import { historyTable, toCsv, toMarkdown, watchlistTable } from '../../../utils/citation/export';
import type { WatchEntry } from '../../../utils/store/types';
import type { HistoryEntry } from '../../../utils/store/types';

const history: HistoryEntry[] = [
  {
    id: 1,
    documentId: 'a1',
    title: 'Cloud, "soevereiniteit" en DUO',
    visitedAt: Date.UTC(2025, 5, 1, 10),
    via: 'page',
    url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html',
    statusAtVisit: 'unanswered',
    answeredSinceVisit: true,
  },
  {
    id: 2,
    documentId: 'b2',
    title: '=HYPERLINK("http://evil")',
    visitedAt: Date.UTC(2025, 5, 2, 10),
    via: 'reader',
    statusAtVisit: 'answered',
  },
];

const watch: WatchEntry[] = [
  {
    documentId: 'a1',
    title: 'Noodfonds | energie *nu*',
    followedAt: Date.UTC(2025, 4, 24),
    status: 'unanswered',
    facts: { submittedOn: '2025-05-23', postponements: ['2025-06-12'] },
    changes: ['postponed'],
  },
];

describe('CSV and Markdown export', () => {
  it('writes the history as RFC 4180 CSV, newest first, formulas defused', () => {
    const csv = toCsv(historyTable(history, 'nl'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'bezocht,set-id,titel,via,adres,status bij bezoek,beantwoord sinds bezoek',
    );
    expect(lines[1]).toBe(
      `2025-06-02T10:00:00.000Z,b2,"'=HYPERLINK(""http://evil"")",reader,,answered,nee`,
    );
    expect(lines[2]).toContain('"Cloud, ""soevereiniteit"" en DUO"');
    expect(lines[2].endsWith(',ja')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the watchlist with each set’s clock', () => {
    const table = watchlistTable(watch, 'nl', '2025-12-01');
    expect(table.rows[0]).toEqual([
      '2025-05-24T00:00:00.000Z',
      'a1',
      'Noodfonds | energie *nu*',
      'unanswered',
      '2025-05-23',
      '2025-07-04',
      '',
      'ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · uitstel gemeld 12 juni → uiterlijk 4 juli · 150 dagen over tijd',
      'postponed',
    ]);
    expect(watchlistTable(watch, 'en', '2025-12-01').headers[0]).toBe('followed since');
  });

  it('escapes Markdown table cells', () => {
    const md = toMarkdown(watchlistTable(watch, 'nl', '2025-12-01'), 'Gevolgd');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Gevolgd');
    expect(lines[2].startsWith('| gevolgd sinds | set-id |')).toBe(true);
    expect(lines[3]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(lines[4]).toContain('Noodfonds \\| energie \\*nu\\*');
  });
});
