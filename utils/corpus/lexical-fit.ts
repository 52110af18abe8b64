/**
 * How well an answer fits a question, by shared content words. Used to notice answers that have
 * drifted one place away from their question in the scrape: an answer that fits a neighbouring
 * question clearly better than its own is suspect, and a run of them is a drift.
 */
import { FNV_OFFSET, fnv1a, fnvStep } from '../text/hash';

const STOPWORDS = new Set(
  (
    'aan als bent bij dan dat deze die dit door een eens elkaar zijn haar heeft hebben heb het hoe hun ieder iets ' +
    'kan kunnen kunt maar meer mits moet moeten naar niet noch nog ook onder over omdat reeds sinds tot tussen uit ' +
    'van veel voor vanuit waar wat wel welke werd wordt worden zal zich zo zou zouden ja nee uw wij zij ons onze hier daar ' +
    'erkent deelt vindt gaat gaan kabinet minister ministerie mening bereid manier mogelijk aangegeven antwoord vraag vragen ' +
    'daarnaast daarbij echter eerder ander andere alle mede sprake weten waarom wanneer welk tevens verder ' +
    'heeft zijn'
  ).split(' '),
);

/** Characters that end a word: whitespace and punctuation (letters, digits and "-" do not). */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 45 ||
    (c > 127 &&
      c !== 0x2019 &&
      c !== 0x2018 &&
      c !== 0xab &&
      c !== 0xbb &&
      c !== 0x201c &&
      c !== 0x201d &&
      c !== 0x2013 &&
      c !== 0xa0)
  );
}

const STOP_HASHES = new Set([...STOPWORDS].map(fnv1a));

/**
 * Content words, lowercased and cut to a stem of at most six letters (Dutch inflects at the
 * end), as 32-bit hashes. A hand-rolled scan without substrings: it runs over every question and
 * answer opening of the corpus, and a stray hash collision only nudges a similarity score.
 */
export function contentStems(text: string): Set<number> {
  const stems = new Set<number>();
  let length = 0;
  let full = FNV_OFFSET;
  let stem = 0;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    // ASCII capitals fold to lowercase here; a capital accented letter starting a word is rare
    // enough not to be worth a lowercased copy of every text.
    if (c >= 65 && c <= 90) c |= 32;
    if (isWordChar(c)) {
      full = fnvStep(full, c);
      length++;
      if (length === 6) stem = full;
      continue;
    }
    if (length >= 4) {
      const fullHash = full >>> 0;
      if (!STOP_HASHES.has(fullHash)) stems.add(length >= 6 ? stem >>> 0 : fullHash);
    }
    length = 0;
    full = FNV_OFFSET;
  }
  return stems;
}

/** Weighted overlap (idf-like weights from `df` over `docCount` texts), normalised by size. */
export function fit(
  a: Set<number>,
  b: Set<number>,
  df: Map<number, number>,
  docCount: number,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += Math.log(1 + docCount / (df.get(stem) ?? 1));
  return shared / Math.sqrt(a.size * b.size);
}
