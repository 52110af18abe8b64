// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { officielebekendmakingen } from '../../../utils/sites/officielebekendmakingen';
import { rijksoverheid } from '../../../utils/sites/rijksoverheid';
import { tweedekamer } from '../../../utils/sites/tweedekamer';
import { loadFixture } from '../../support/load-fixture';

describe('tweedekamer.nl Kamervragen page', () => {
  const page = tweedekamer.extract(loadFixture('tweedekamer-kamervragen-techgiganten-uwv.html'));

  test('title and submitters', () => {
    expect(page.title).toBe('De groeiende afhankelijkheid van Amerikaanse techgiganten');
    expect(page.people).toEqual(['Kathmann', 'Six Dijkstra']);
  });

  test('ten numbered questions, footnote markers removed, no answers', () => {
    expect(page.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(page.questions[0].text).toBe(
      'Bent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer»? Bent u tevens bekend met het feit dat de hoofdaanklager van het Internationaal Strafhof onlangs de toegang tot Microsoft-diensten is ontzegd op laste van de Amerikaanse regering?',
    );
    expect(page.questions[1].text).toMatch(
      /^Kunt u bevestigen dat het UWV en de SVB, die BNR met vijftien andere overheidsorganisaties onder de loep heeft genomen, de overstap/,
    );
    expect(page.questions[6].text).toContain('aangenomen motie-Kathmann c.s. die hiertoe oproept?');
    expect(page.answers).toEqual([]);
  });
});

describe('officielebekendmakingen kv-tk page', () => {
  const page = officielebekendmakingen.extract(loadFixture('ob-kv-tk-techgiganten-duo.html'));

  test('subject from the description, submitters from the metadata', () => {
    expect(page.title).toBe('De groeiende afhankelijkheid van Amerikaanse techgiganten');
    expect(page.people).toEqual(['Kathmann', 'Six Dijkstra']);
  });

  test('fourteen questions from div.vraag with their printed numbers', () => {
    expect(page.questions).toHaveLength(14);
    expect(page.questions[2].number).toBe(3);
    expect(page.questions[2].text).toMatch(
      /^Kunt u bevestigen dat Dienst Uitvoering Onderwijs \(DUO\)/,
    );
    expect(page.questions[10].text).toBe(
      'Heeft u migraties naar digitale diensten van Amerikaanse techgiganten stopgezet of heroverwogen naar aanleiding van de aangenomen motie van het lid Kathmann c.s. die hiertoe oproept?',
    );
    expect(page.questions[2].element.classList.contains('vraag')).toBe(true);
  });

  test('the footnotes are a text root, so their citations get linked', () => {
    expect(page.textRoots.some((root) => root.id === 'noten')).toBe(true);
  });
});

describe('officielebekendmakingen ah-tk page (answers)', () => {
  const page = officielebekendmakingen.extract(loadFixture('ob-ah-tk-noodfonds.html'));

  test('subject and submitters', () => {
    expect(page.title).toBe('Het sluiten van het Tijdelijk Noodfonds Energie');
    expect(page.people).toEqual(['Kröger', 'Kathmann', 'Lahlah']);
  });

  test('eighteen questions, each with its answer block', () => {
    expect(page.questions).toHaveLength(18);
    expect(page.questions[0].text).toBe(
      'Bent u op de hoogte dat door het beperkte budget voor het Tijdelijk Noodfonds Energie en de grote stormloop door het lange wachten veel mensen nu geen aanvraag kunnen doen?',
    );
    expect(page.answers.map((a) => a.numbers)).toEqual(
      Array.from({ length: 18 }, (_, i) => [i + 1]),
    );
    expect(page.answers[2].element.textContent).toContain('Het is heel frustrerend en vervelend');
  });
});

describe('rijksoverheid.nl answers page', () => {
  const page = rijksoverheid.extract(loadFixture('rijksoverheid-antwoorden-emancipatie.html'));

  test('subject from the h1, submitters from the intro', () => {
    expect(page.title).toBe('Het emancipatiebeleid van Nederland en de rol van digitalisering');
    expect(page.people).toEqual(['Kathmann', 'Westerveld']);
  });

  test('labelled questions and a joint answer for questions 14 and 15', () => {
    expect(page.questions).toHaveLength(23);
    expect(page.questions[13].text).toMatch(/^Hoe rijmen de voorgenomen bezuinigingen/);
    expect(page.answers).toHaveLength(22);
    const joint = page.answers.find((a) => a.numbers.length > 1);
    expect(joint?.numbers).toEqual([14, 15]);
    expect(page.answers.flatMap((a) => a.numbers)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
  });
});

describe('pages without questions', () => {
  test('a motion page yields its title and no questions', () => {
    const page = officielebekendmakingen.extract(loadFixture('ob-kst-26643-1315-motie.html'));
    expect(page.questions).toEqual([]);
    expect(page.title).toMatch(
      /^Een plan om de afhankelijkheid van Amerikaanse clouddiensten af te bouwen$/,
    );
  });

  test('an unrelated rijksoverheid page has one rhetorical question and no answers', () => {
    const page = rijksoverheid.extract(loadFixture('rijksoverheid-unrelated.html'));
    expect(page.title).toBe('De voortgang van de aanleg van fietsparkeerplaatsen bij stations');
    expect(page.answers).toEqual([]);
  });
});
