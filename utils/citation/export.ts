/**
 * The history and the watchlist as CSV (RFC 4180: quoted fields, CRLF) and Markdown tables, beside
 * the JSON export. Corpus and page text end up in a spreadsheet: a cell that starts with = + - @
 * (a formula to Excel and LibreOffice) gets a leading apostrophe, and Markdown cells escape the
 * characters that would break the table or become markup. Pure: the caller downloads the text.
 */
import { answerClock } from '../clock/deadline';
import { clockLine } from '../clock/clock-text';
import { mergeClockFacts } from '../clock/deadline';
import type { IsoDate } from '../clock/days';
import type { Language } from '../i18n/translate';
import type { WatchEntry } from '../store/types';
import type { HistoryEntry } from '../store/types';

export interface Table {
  headers: string[];
  rows: string[][];
}

const HEADERS: Record<Language, { history: string[]; watchlist: string[] }> = {
  nl: {
    history: [
      'bezocht',
      'set-id',
      'titel',
      'via',
      'adres',
      'status bij bezoek',
      'beantwoord sinds bezoek',
    ],
    watchlist: [
      'gevolgd sinds',
      'set-id',
      'titel',
      'status',
      'ingezonden',
      'uiterlijk',
      'beantwoord',
      'klok',
      'nieuw',
    ],
  },
  en: {
    history: [
      'visited',
      'set id',
      'title',
      'via',
      'address',
      'status at visit',
      'answered since visit',
    ],
    watchlist: [
      'followed since',
      'set id',
      'title',
      'status',
      'submitted',
      'due',
      'answered',
      'clock',
      'new',
    ],
  },
};

const yesNo = (value: boolean | undefined, language: Language) =>
  value ? (language === 'nl' ? 'ja' : 'yes') : language === 'nl' ? 'nee' : 'no';

export function historyTable(entries: readonly HistoryEntry[], language: Language): Table {
  return {
    headers: HEADERS[language].history,
    rows: [...entries]
      .sort((a, b) => b.visitedAt - a.visitedAt)
      .map((e) => [
        new Date(e.visitedAt).toISOString(),
        e.documentId,
        e.title,
        e.via,
        e.url ?? '',
        e.statusAtVisit,
        yesNo(e.answeredSinceVisit, language),
      ]),
  };
}

export function watchlistTable(
  entries: readonly WatchEntry[],
  language: Language,
  today: IsoDate,
): Table {
  return {
    headers: HEADERS[language].watchlist,
    rows: [...entries]
      .sort((a, b) => b.followedAt - a.followedAt)
      .map((e) => {
        const clock = answerClock(mergeClockFacts(e.facts, e.pageFacts ?? {}), today);
        return [
          new Date(e.followedAt).toISOString(),
          e.documentId,
          e.title,
          e.status,
          clock.submittedOn ?? '',
          clock.dueOn ?? '',
          clock.answeredOn ?? '',
          clockLine(clock, language),
          e.changes.join(' '),
        ];
      }),
  };
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: Table): string {
  return (
    [table.headers, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}

function markdownCell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#!])/g, '\\$1')
    .trim();
}

export function toMarkdown(table: Table, title?: string): string {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    ...(title ? [`# ${markdownCell(title)}`, ''] : []),
    line(table.headers),
    `| ${table.headers.map(() => '---').join(' | ')} |`,
    ...table.rows.map(line),
    '',
  ].join('\n');
}

export type ExportFormat = 'json' | 'csv' | 'md';

export function exportFileName(
  kind: 'geschiedenis' | 'gevolgd',
  day: string,
  format: ExportFormat,
): string {
  return `kamerlezer-${kind}-${day}.${format}`;
}
