import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HistoryEntry } from '../../../utils/store/types';
import {
  groupHistoryByDay,
  latestVisitPerDocument,
  localDayKey,
} from '../../../utils/ui/history-by-day';
import { historyExport, historyExportFileName } from '../../../utils/ui/history-export';

// Day boundaries are the reader's local ones: pin a zone with DST, and put it back after.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

function entry(documentId: string, iso: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    documentId,
    title: documentId,
    visitedAt: Date.parse(iso),
    via: 'page',
    statusAtVisit: 'answered',
    ...extra,
  };
}

describe('groupHistoryByDay', () => {
  const now = Date.parse('2025-03-31T10:00:00+02:00'); // the day after the switch to summer time
  const entries = [
    entry('a', '2025-03-29T23:30:00+01:00'),
    entry('b', '2025-03-31T00:10:00+02:00'),
    entry('c', '2025-03-30T22:59:00+02:00'),
    entry('d', '2025-03-31T09:00:00+02:00'),
    entry('e', '2025-03-30T00:30:00+01:00'),
  ];

  test('newest first, one group per local day, labelled today / yesterday / date', () => {
    const days = groupHistoryByDay(entries, now);
    expect(days.map((d) => d.key)).toEqual(['2025-03-31', '2025-03-30', '2025-03-29']);
    expect(days.map((d) => d.entries.map((e) => e.documentId))).toEqual([
      ['d', 'b'],
      ['c', 'e'],
      ['a'],
    ]);
    expect(days[0].label).toEqual({ kind: 'today' });
    expect(days[1].label).toEqual({ kind: 'yesterday' });
    expect(days[2].label.kind).toBe('date');
  });

  test('midnight UTC is not midnight here', () => {
    expect(localDayKey(Date.parse('2025-06-01T22:30:00Z'))).toBe('2025-06-02');
  });

  test('empty history gives no days', () => {
    expect(groupHistoryByDay([], now)).toEqual([]);
  });
});

describe('recent and export', () => {
  test('latest visit per set, newest first', () => {
    const list = latestVisitPerDocument([
      entry('a', '2025-01-01T10:00:00Z'),
      entry('b', '2025-01-02T10:00:00Z'),
      entry('a', '2025-01-03T10:00:00Z', { via: 'reader' }),
    ]);
    expect(list.map((e) => [e.documentId, e.via])).toEqual([
      ['a', 'reader'],
      ['b', 'page'],
    ]);
  });

  test('the export names itself and keeps every entry, newest first', () => {
    const now = Date.parse('2025-05-04T08:00:00Z');
    const data = historyExport(
      [entry('a', '2025-01-01T10:00:00Z'), entry('b', '2025-02-01T10:00:00Z')],
      now,
    );
    expect(data.format).toBe('kamerlezer-history');
    expect(data.exportedAt).toBe('2025-05-04T08:00:00.000Z');
    expect(data.entries.map((e) => e.documentId)).toEqual(['b', 'a']);
    expect(historyExportFileName(now)).toBe('kamerlezer-geschiedenis-2025-05-04.json');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
