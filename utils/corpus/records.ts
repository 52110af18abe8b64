/**
 * Splits the corpus lines into records. A record opens with a header block — title, submitters
 * and addressees, each a line ending in " |" and followed by a lone "|", then optionally a line of
 * "![]()" image placeholders — and runs until the next header block.
 */
import type { Warning } from './model';

export interface BodyLine {
  /** 1-based source line. */
  line: number;
  text: string;
}

export interface RawRecord {
  /** 1-based line of the title. */
  line: number;
  title: string;
  submitters: string;
  addressees: string;
  body: BodyLine[];
  /** 0-based index range [from, to) of the record's lines, for telling verbatim repeats from near-repeats. */
  from: number;
  to: number;
  warnings: Warning[];
}

export interface SplitResult {
  records: RawRecord[];
  /** Text outside any record (before the first header). */
  warnings: Warning[];
}

const ENDS_IN_BAR = /\|$/;
const IMAGES_ONLY = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+\|$/;

export function isHeaderLine(line: string): boolean {
  return ENDS_IN_BAR.test(line);
}

function fieldText(line: string): string {
  return line.replace(/\s*\|$/, '').trim();
}

interface HeaderBlock {
  start: number;
  end: number; // exclusive index
  fields: { index: number; text: string }[];
  wellFormed: boolean;
}

function readHeaderBlock(lines: string[], start: number): HeaderBlock {
  let end = start;
  const fields: { index: number; text: string }[] = [];
  let wellFormed = true;
  let expectSeparator = false;
  let sawImages = false;
  while (
    end < lines.length &&
    (isHeaderLine(lines[end]) ||
      (lines[end] === '' && end + 1 < lines.length && isHeaderLine(lines[end + 1])))
  ) {
    const line = lines[end];
    if (line === '') {
      end++;
      continue;
    }
    if (line === '|') {
      if (!expectSeparator) wellFormed = false;
      expectSeparator = false;
    } else if (IMAGES_ONLY.test(line)) {
      sawImages = true;
    } else {
      if (expectSeparator || sawImages) wellFormed = false;
      fields.push({ index: end, text: fieldText(line) });
      expectSeparator = true;
    }
    end++;
  }
  return { start, end, fields, wellFormed };
}

export function splitRecords(lines: string[]): SplitResult {
  const records: RawRecord[] = [];
  const warnings: Warning[] = [];
  let current: RawRecord | null = null;
  let strayFrom = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isHeaderLine(line) && line !== '|' && !IMAGES_ONLY.test(line)) {
      const block = readHeaderBlock(lines, i);
      // Three fields make one record; a multiple of three is several records without a body.
      const groups: { index: number; text: string }[][] = [];
      if (block.fields.length > 3 && block.fields.length % 3 === 0) {
        for (let g = 0; g < block.fields.length; g += 3) groups.push(block.fields.slice(g, g + 3));
      } else groups.push(block.fields);
      for (const fields of groups) {
        const recordWarnings: Warning[] = [];
        const first = fields[0].index + 1;
        if (fields.length !== 3 || !block.wellFormed) {
          recordWarnings.push({
            line: first,
            code: 'malformed-header',
            message: `header has ${fields.length} field${fields.length === 1 ? '' : 's'} (title, submitters, addressees expected)${block.wellFormed ? '' : ' and a broken "|" layout'}`,
          });
        }
        current = {
          line: first,
          title: fields[0].text,
          submitters: fields.length >= 2 ? fields[1].text : '',
          addressees:
            fields.length >= 3
              ? fields
                  .slice(2)
                  .map((f) => f.text)
                  .join(', ')
              : '',
          body: [],
          from: block.start,
          to: block.end,
          warnings: recordWarnings,
        };
        records.push(current);
      }
      if (strayFrom >= 0) {
        warnings.push({
          line: strayFrom + 1,
          code: 'outside-record',
          message: `text before the first record (lines ${strayFrom + 1}–${i}) ignored`,
        });
        strayFrom = -1;
      }
      i = block.end;
      continue;
    }
    if (current) {
      if (line.trim() !== '' && line !== '|') {
        current.body.push({ line: i + 1, text: line.trim() });
      }
      current.to = i + 1;
    } else if (line.trim() !== '' && strayFrom < 0) strayFrom = i;
    i++;
  }
  if (strayFrom >= 0)
    warnings.push({
      line: strayFrom + 1,
      code: 'outside-record',
      message: 'text outside any record ignored',
    });
  return { records, warnings };
}
