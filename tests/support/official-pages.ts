/**
 * The §4-shaped fixture pages (docs/ARCHITECTURE.md, "Page recognition"; one file each, its first line says what real page
 * it is modelled on), the official address each is served at, and what it must be recognised
 * as against tests/support/official-sets.ts: a set id, `null` (never claimed: not a set), or
 * 'not-in-index' (a set page whose set the index does not hold yet).
 */
export interface OfficialPage {
  file: string;
  url: string;
  expect: string | null | 'not-in-index';
  /** How it is recognised when it is: by an official identifier or by its text. */
  by?: 'identifier' | 'text';
}

export const OFFICIAL_PAGES = {
  tkQuestions: {
    file: 'tk-schriftelijke-vragen-techgiganten-rws.html',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D23460&id=2025Z10887',
    expect: 'tg-ienw-rws',
    by: 'identifier',
  },
  tkAnswer: {
    file: 'tk-antwoord-schriftelijke-vragen-emancipatie.html',
    url: 'https://tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025D27777&did=2025D27777',
    expect: 'emancipatie',
    by: 'text',
  },
  tkNader: {
    file: 'tk-nader-antwoord-techgiganten-uwv.html',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025D40001&did=2025D40001',
    expect: 'tg-szw-uwv',
    by: 'identifier',
  },
  tkPostponement: {
    file: 'tk-mededeling-uitstel-techgiganten-logius.html',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D25001&id=2025Z10890',
    expect: 'tg-bzk-logius',
    by: 'text',
  },
  tkMotie: {
    file: 'tk-motie-onder-kamervragen.html',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D10327&id=2025Z04512',
    expect: null,
  },
  tkLijst: {
    file: 'tk-lijst-van-vragen-en-antwoorden.html',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z19876&did=2025D41234',
    expect: null,
  },
  obQuestionsNew: {
    file: 'ob-kv-tk-2026Z21000-gemeenten-cloud.html',
    url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2026Z21000.html',
    expect: 'not-in-index',
  },
  obAnswer: {
    file: 'ob-ah-tk-20242025-2501-techgiganten-uwv.html',
    url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2501.html',
    expect: 'tg-szw-uwv',
    by: 'identifier',
  },
  obPostponement: {
    file: 'ob-ah-tk-20242025-2400-uitstel-rws.html',
    url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2400.html',
    expect: 'tg-ienw-rws',
    by: 'identifier',
  },
  roAnswer: {
    file: 'rijksoverheid-beantwoording-techgiganten-jenv.html',
    url: 'https://rijksoverheid.nl/ministeries/ministerie-van-justitie-en-veiligheid/documenten/kamerstukken/2025/06/17/beantwoording-kamervragen-over-de-groeiende-afhankelijkheid-van-amerikaanse-techgiganten',
    expect: 'tg-jenv-dji',
    by: 'text',
  },
  roLetter: {
    file: 'rijksoverheid-kamerbrief-digitale-autonomie.html',
    url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/07/03/kamerbrief-over-de-afhankelijkheid-van-amerikaanse-techgiganten',
    expect: null,
  },
} satisfies Record<string, OfficialPage>;
