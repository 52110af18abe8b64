/**
 * The (classic) Snowball Dutch stemmer, ported from the algorithm description at
 * snowballstem.org/algorithms/dutch/stemmer.html. Our own port rather than the npm package: that
 * one ships every language in one 870 kB file, too much for the extension's background script.
 * tests/utils/text/text-analysis.test.ts pins it to vectors produced by the reference implementation.
 *
 * Input: one lower-case word (diacritics may be present; they are folded like the prelude does).
 */

const VOWELS = 'aeiouyè';

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

const ACCENTS: Record<string, string> = {
  ä: 'a',
  á: 'a',
  ë: 'e',
  é: 'e',
  ï: 'i',
  í: 'i',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
};

/** Mark y and i that act as consonants (Y, I) so the vowel tests skip them, as the prelude does. */
function prelude(word: string): string[] {
  const w = Array.from(word, (ch) => ACCENTS[ch] ?? ch);
  if (w[0] === 'y') w[0] = 'Y';
  for (let k = 0; k < w.length - 1; k++) {
    if (!isVowel(w[k])) continue;
    if (w[k + 1] === 'i' && isVowel(w[k + 2])) w[k + 1] = 'I';
    else if (w[k + 1] === 'y') w[k + 1] = 'Y';
  }
  return w;
}

/** R1 and R2 start positions; R1 starts at 3 at the earliest. */
function regions(w: string[]): [number, number] {
  const after = (from: number): number => {
    let k = from;
    while (k < w.length && !isVowel(w[k])) k++;
    while (k < w.length && isVowel(w[k])) k++;
    return Math.min(k + 1, w.length);
  };
  const r1raw = after(0);
  const r2 = after(r1raw);
  return [Math.max(3, r1raw), r2];
}

class Word {
  w: string[];
  r1: number;
  r2: number;
  eFound = false;
  constructor(word: string) {
    this.w = prelude(word);
    [this.r1, this.r2] = regions(this.w);
  }
  endsWith(suffix: string): boolean {
    const n = suffix.length;
    if (n > this.w.length) return false;
    for (let i = 0; i < n; i++) if (this.w[this.w.length - n + i] !== suffix[i]) return false;
    return true;
  }
  /** Start of a suffix of length n. */
  at(n: number): number {
    return this.w.length - n;
  }
  charBefore(n: number): string | undefined {
    return this.w[this.w.length - n - 1];
  }
  cut(n: number): void {
    this.w.length -= n;
  }
  undouble(): void {
    if (this.endsWith('kk') || this.endsWith('dd') || this.endsWith('tt')) this.cut(1);
  }
  /** en_ending: delete "en"/"ene" after a consonant, not after "gem", then undouble. */
  enEnding(n: number): boolean {
    if (this.at(n) < this.r1) return false;
    const before = this.charBefore(n);
    if (before === undefined || isVowel(before)) return false;
    const stem = this.w.slice(0, this.at(n)).join('');
    if (stem.endsWith('gem')) return false;
    this.cut(n);
    this.undouble();
    return true;
  }
  /** e_ending: delete a final "e" in R1 after a consonant, then undouble. */
  eEnding(): void {
    this.eFound = false;
    if (!this.endsWith('e') || this.at(1) < this.r1) return;
    const before = this.charBefore(1);
    if (before === undefined || isVowel(before)) return;
    this.cut(1);
    this.eFound = true;
    this.undouble();
  }
  toString(): string {
    return this.w.join('').replace(/Y/g, 'y').replace(/I/g, 'i');
  }
}

function step1(x: Word): void {
  if (x.endsWith('heden')) {
    if (x.at(5) >= x.r1) {
      x.cut(5);
      x.w.push('h', 'e', 'i', 'd');
    }
  } else if (x.endsWith('ene')) x.enEnding(3);
  else if (x.endsWith('en')) x.enEnding(2);
  else if (x.endsWith('se') || x.endsWith('s')) {
    const n = x.endsWith('se') ? 2 : 1;
    const before = x.charBefore(n);
    if (x.at(n) >= x.r1 && before !== undefined && !isVowel(before) && before !== 'j') x.cut(n);
  }
}

function step3a(x: Word): void {
  if (!x.endsWith('heid') || x.at(4) < x.r2 || x.charBefore(4) === 'c') return;
  x.cut(4);
  if (x.endsWith('en')) x.enEnding(2);
}

function step3b(x: Word): void {
  if (x.endsWith('end') || x.endsWith('ing')) {
    if (x.at(3) < x.r2) return;
    x.cut(3);
    if (x.endsWith('ig') && x.at(2) >= x.r2 && x.charBefore(2) !== 'e') x.cut(2);
    else x.undouble();
  } else if (x.endsWith('ig')) {
    if (x.at(2) >= x.r2 && x.charBefore(2) !== 'e') x.cut(2);
  } else if (x.endsWith('lijk')) {
    if (x.at(4) >= x.r2) {
      x.cut(4);
      x.eEnding();
    }
  } else if (x.endsWith('baar')) {
    if (x.at(4) >= x.r2) x.cut(4);
  } else if (x.endsWith('bar')) {
    if (x.at(3) >= x.r2 && x.eFound) x.cut(3);
  }
}

/** "maan" → "man": a double vowel before a final consonant is halved. */
function step4(x: Word): void {
  const w = x.w;
  const n = w.length;
  if (n < 4) return;
  const last = w[n - 1];
  if (isVowel(last) || last === 'I') return;
  const v = w[n - 2];
  if (w[n - 3] !== v || !'aeou'.includes(v)) return;
  if (isVowel(w[n - 4])) return;
  w.splice(n - 2, 1);
}

export function stemDutch(word: string): string {
  if (word.length < 3) return Array.from(word, (ch) => ACCENTS[ch] ?? ch).join('');
  const x = new Word(word);
  step1(x);
  x.eEnding();
  step3a(x);
  step3b(x);
  step4(x);
  return x.toString();
}
