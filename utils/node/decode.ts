/**
 * Bytes → text for a corpus file: UTF-8 (with or without BOM), UTF-16 with a BOM, and as a last
 * resort Windows-1252 (with a warning) for a file saved in the old Windows encoding. Binary data
 * is refused with the line where it starts.
 */
import type { Warning } from '../corpus/model';
import { CorpusError } from '../corpus/errors';

export interface DecodedText {
  text: string;
  warning: Warning | null;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

export function decodeCorpusBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CorpusError('binary data, not a text corpus', file, lineAt(bytes, nul));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    // A file cut inside a multi-byte character is still UTF-8: the parser reports the cut record.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        return {
          text: new TextDecoder('utf-8', { fatal: true }).decode(
            bytes.subarray(0, bytes.length - cut),
          ),
          warning: null,
        };
      } catch {
        // try a shorter tail
      }
    }
    const bad = firstInvalidUtf8(bytes);
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: {
        line: lineAt(bytes, bad),
        code: 'encoding',
        message: 'not valid UTF-8 from here on: read as Windows-1252',
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes that decode; cutting mid-character may fail spuriously, so allow 3 bytes.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    let ok = false;
    for (let back = 0; back < 4 && !ok; back++) {
      try {
        decoder.decode(bytes.subarray(0, mid - back));
        ok = true;
      } catch {
        // keep trying
      }
    }
    if (ok) lo = mid;
    else hi = mid;
  }
  return lo;
}
