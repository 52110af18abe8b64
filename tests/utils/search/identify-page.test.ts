// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  bestMatch,
  matchConfidence,
  proposalFingerprint,
  THRESHOLD,
} from '../../../utils/search/identify-page';
import { fingerprintOf } from '../../../utils/sites/extracted-page';
import { officielebekendmakingen } from '../../../utils/sites/officielebekendmakingen';
import { rijksoverheid } from '../../../utils/sites/rijksoverheid';
import { tweedekamer } from '../../../utils/sites/tweedekamer';
import { loadFixture } from '../../support/load-fixture';
import { emancipatie, noodfonds, techgiganten } from '../../support/seed-documents';

const all = [...Object.values(techgiganten), noodfonds, emancipatie];

describe('identifying a page among near-identical sibling sets', () => {
  test('the tweedekamer.nl page is the set to SZW (UWV, SVB), not one of its seven siblings', () => {
    const page = tweedekamer.extract(loadFixture('tweedekamer-kamervragen-techgiganten-uwv.html'));
    const fingerprint = fingerprintOf(
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883',
      page,
    );
    const match = bestMatch(fingerprint, all);
    expect(match?.document.id).toBe('tg-szw-uwv');
    expect(match!.confidence).toBeGreaterThan(0.9);
    // The siblings fit well, but less well: they name DUO, DNB, Logius … instead.
    for (const sibling of Object.values(techgiganten).filter((d) => d.id !== 'tg-szw-uwv')) {
      expect(matchConfidence(fingerprint, sibling)).toBeLessThan(match!.confidence);
    }
  });

  test('the kv-tk page is the set to OCW (DUO)', () => {
    const page = officielebekendmakingen.extract(loadFixture('ob-kv-tk-techgiganten-duo.html'));
    expect(
      bestMatch(
        fingerprintOf('https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html', page),
        all,
      )?.document.id,
    ).toBe('tg-ocw-duo');
  });

  test('answers pages: Noodfonds on officielebekendmakingen, emancipatie on rijksoverheid', () => {
    const ah = officielebekendmakingen.extract(loadFixture('ob-ah-tk-noodfonds.html'));
    expect(bestMatch(fingerprintOf('u', ah), all)?.document.id).toBe('noodfonds');
    const ro = rijksoverheid.extract(loadFixture('rijksoverheid-antwoorden-emancipatie.html'));
    expect(bestMatch(fingerprintOf('u', ro), all)?.document.id).toBe('emancipatie');
  });
});

describe('nothing is claimed below the threshold', () => {
  test('an unrelated page matches no set', () => {
    const page = rijksoverheid.extract(loadFixture('rijksoverheid-unrelated.html'));
    const fingerprint = fingerprintOf('u', page);
    for (const document of all)
      expect(matchConfidence(fingerprint, document)).toBeLessThan(THRESHOLD);
    expect(bestMatch(fingerprint, all)).toBeNull();
  });

  test('a page of a set outside the corpus is not claimed by the set it resembles most', () => {
    // The Noodfonds answers page against a corpus that lacks the Noodfonds set.
    const page = officielebekendmakingen.extract(loadFixture('ob-ah-tk-noodfonds.html'));
    expect(
      bestMatch(
        fingerprintOf('u', page),
        all.filter((d) => d !== noodfonds),
      ),
    ).toBeNull();
  });

  test('the same title with other questions is not enough', () => {
    const fingerprint = {
      url: 'u',
      title: noodfonds.title,
      people: ['Kröger'],
      questions: ['Hoeveel fietsenstallingen zijn er bij stations?'],
    };
    expect(matchConfidence(fingerprint, noodfonds)).toBeLessThan(THRESHOLD);
  });
});

describe('the fingerprint sent to the background', () => {
  test('samples at most ten questions spread over the page, first and last included', () => {
    const questions = Array.from({ length: 40 }, (_, i) => `Vraag ${i + 1}?`);
    const sample = proposalFingerprint({ url: 'u', title: 't', people: [], questions });
    expect(sample.questions).toEqual([
      'Vraag 1?',
      'Vraag 5?',
      'Vraag 10?',
      'Vraag 14?',
      'Vraag 18?',
      'Vraag 23?',
      'Vraag 27?',
      'Vraag 31?',
      'Vraag 36?',
      'Vraag 40?',
    ]);
    const short = { url: 'u', title: 't', people: [], questions: questions.slice(0, 7) };
    expect(proposalFingerprint(short)).toBe(short);
  });
});
