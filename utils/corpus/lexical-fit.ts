/**
 * How well an answer fits a question, by shared content words. Used to notice answers that have
 * drifted one place away from their question in the scrape: an answer that fits a neighbouring
 * question clearly better than its own is suspect, and a run of them is a drift.
 */

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

/** Lowercase content words cut to a stem of at most six letters (Dutch inflects at the end). */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? []) {
    if (word.length < 4 || STOPWORDS.has(word)) continue;
    stems.add(word.slice(0, 6));
  }
  return stems;
}

/** Weighted overlap (idf-like weights from `df` over `docCount` texts), normalised by size. */
export function fit(a: Set<string>, b: Set<string>, df: Map<string, number>, docCount: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += Math.log(1 + docCount / (df.get(stem) ?? 1));
  return shared / Math.sqrt(a.size * b.size);
}
