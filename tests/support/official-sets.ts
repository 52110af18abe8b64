/**
 * The sets the §4-shaped fixture pages (tests/fixtures/pages/tk-*, ob-*-2025*, rijksoverheid-*
 * -techgiganten-*) show, with the official fields the corpus importer fills in: Zaak, document
 * numbers, officielebekendmakingen ids, dates, postponements. Built on the seed's techgiganten
 * siblings so the sibling sets differ in one organisation name per question, as the real ones do.
 * BZK (Logius), JenV and emancipatie keep no identifiers: their pages are recognised by text.
 */
import type { KamerDocument, OfficialDocument } from '../../utils/corpus/model';
import { emancipatie, noodfonds, techgiganten } from './seed';

const doc = (
  kind: OfficialDocument['kind'],
  number: string,
  obId: string | null,
  date: string,
): OfficialDocument => ({
  kind,
  number,
  obId,
  url: obId ? `https://zoek.officielebekendmakingen.nl/${obId}.html` : null,
  date,
  ...(obId?.startsWith('ah-tk-')
    ? {
        vergaderjaar: obId.replace(/^ah-tk-(\d{4})(\d{4})-.*$/, '$1-$2'),
        aanhangsel: Number(obId.split('-').pop()),
      }
    : {}),
});

/** SZW (UWV): answered, then a nader answer; its answer page and nader page are fixtures. */
export const uwvOfficial: KamerDocument = {
  ...techgiganten.szw,
  status: 'answered',
  questions: techgiganten.szw.questions.map((q) => ({
    ...q,
    answer: `Het UWV en de SVB heroverwegen de overstap (vraag ${q.number}); de migraties naar clouddiensten van Amerikaanse dienstverleners zijn opgeschort.`,
  })),
  references: [
    ...techgiganten.szw.references,
    {
      kind: 'kamerstuk',
      text: 'Kamerstuk 6643, nr. 1320',
      label: 'Kamerstuk 26643-1320',
      kamerstuk: '26643-1320',
      url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1320.html',
      question: 8,
      in: 'answer',
      resolvedBy: 'typo-corrected',
      resolvedFrom: 'tg-jenv-dji',
    },
  ],
  zaak: '2025Z10883',
  submittedOn: '2025-05-22',
  answeredOn: '2025-06-18',
  documents: [
    doc('questions', '2025D23456', 'kv-tk-2025Z10883', '2025-05-22'),
    doc('answer', '2025D30461', 'ah-tk-20242025-2501', '2025-06-18'),
    doc('nader-answer', '2025D40001', 'ah-tk-20242025-2650', '2025-10-02'),
  ],
};

/** IenW (Rijkswaterstaat): unanswered, its answer postponed on 12 June 2025. */
export const rwsOfficial: KamerDocument = {
  ...techgiganten.ienw,
  zaak: '2025Z10887',
  submittedOn: '2025-05-22',
  answeredOn: null,
  postponements: ['2025-06-12'],
  documents: [
    doc('questions', '2025D23460', 'kv-tk-2025Z10887', '2025-05-22'),
    doc('postponement', '2025D26010', 'ah-tk-20242025-2400', '2025-06-12'),
  ],
};

/** Noodfonds with its Zaak (the older ah-tk fixture). */
export const noodfondsOfficial: KamerDocument = {
  ...noodfonds,
  zaak: '2025Z07716',
  documents: [
    doc('questions', '2025D17000', 'kv-tk-2025Z07716', '2025-04-16'),
    doc('answer', '2025D21933', 'ah-tk-20242025-2345', '2025-05-12'),
  ],
};

/**
 * An earlier, answered set on the subject of the not-in-index page (ob-kv-tk-2026Z21000): where
 * that page's prior answers and similar sets come from.
 */
export const gemeentenCloudEarlier: KamerDocument = {
  id: 'gemeenten-cloud-2024Z05555',
  title: 'Het gebruik van Amerikaanse clouddiensten door gemeenten',
  submitters: [
    { name: 'Lisa Westerveld', roles: [], party: 'GroenLinks-PvdA', partyAsWritten: null },
  ],
  addressees: [{ name: 'Hugo de Jonge', roles: ['minister'], party: 'CDA', partyAsWritten: null }],
  status: 'answered',
  occurrences: 1,
  lines: [],
  questions: [
    [
      'Hoeveel gemeenten hebben hun zaaksystemen, registers en (mail)communicatiediensten ondergebracht in de cloud van Amerikaanse dienstverleners?',
      'Uit een inventarisatie van de VNG blijkt dat ruim tweehonderd gemeenten hun zaaksystemen en mail bij Amerikaanse clouddiensten hebben ondergebracht.',
    ],
    [
      'Wat betekent de CLOUD Act voor de vertrouwelijkheid van de data die gemeenten over hun inwoners hebben opgeslagen in de cloud van Amerikaanse dienstverleners?',
      'De CLOUD Act kan Amerikaanse aanbieders verplichten gegevens te verstrekken, ook als die in Europa zijn opgeslagen. Gemeenten moeten dat risico in hun afwegingen betrekken.',
    ],
    [
      'Bent u bereid gemeenten te ondersteunen bij het heroverwegen van migraties naar clouddiensten van Amerikaanse techgiganten?',
      'Ja. Samen met de VNG ontwikkel ik een handreiking voor gemeenten die hun migraties naar Amerikaanse clouddiensten heroverwegen.',
    ],
  ].map(([text, answer], i) => ({
    number: i + 1,
    text,
    footnotes: [],
    answer,
    answerFootnotes: [],
    answeredWith: [],
    line: i + 1,
  })),
  references: [],
  warnings: [],
  zaak: '2024Z05555',
  submittedOn: '2024-03-14',
  answeredOn: '2024-04-20',
  documents: [
    doc('questions', '2024D11111', 'kv-tk-2024Z05555', '2024-03-14'),
    doc('answer', '2024D15555', 'ah-tk-20232024-1400', '2024-04-20'),
  ],
};

/** The index the §4 fixture pages are tested against. */
export const officialIndexSets: KamerDocument[] = [
  uwvOfficial,
  techgiganten.ocw,
  rwsOfficial,
  techgiganten.jenv,
  techgiganten.fin,
  techgiganten.bzk,
  techgiganten.ez,
  techgiganten.vws,
  noodfondsOfficial,
  emancipatie,
  gemeentenCloudEarlier,
];

/**
 * The official version of the set on ob-kv-tk-2026Z21000-gemeenten-cloud.html, which a later
 * sync brings: same Zaak, worded as the open data has it.
 */
export const gemeentenCloudOfficial: KamerDocument = {
  id: 'gemeenten-cloud-2026Z21000',
  title: 'De migratie van gemeentelijke diensten naar Amerikaanse clouddiensten',
  submitters: [
    { name: 'Barbara Kathmann', roles: [], party: 'GroenLinks-PvdA', partyAsWritten: null },
  ],
  addressees: [
    { name: 'Zsolt Szabó', roles: ['staatssecretaris'], party: 'VVD', partyAsWritten: null },
  ],
  status: 'unanswered',
  occurrences: 1,
  lines: [],
  questions: [
    'Bent u bekend met het bericht «Gemeenten verhuizen hun dossiers naar Amerikaanse cloud»?',
    'Hoeveel gemeenten hebben hun zaaksystemen, registers en (mail)communicatiediensten op dit moment ondergebracht in de cloud van Amerikaanse dienstverleners?',
    'Kunt u onderbouwen wat Amerikaanse wetgeving, zoals de CLOUD Act en de Foreign Intelligence Surveillance Act, in het ergste geval betekent voor de vertrouwelijkheid van de data die gemeenten over hun inwoners hebben opgeslagen in de cloud van Amerikaanse dienstverleners?',
    'Kunt u illustreren wat de directe gevolgen zouden zijn voor de continuïteit van de processen, dienstverlening en dataopslag van gemeenten, wanneer deze de toegang tot Amerikaanse digitale dienstverlening zouden worden ontzegd?',
    'Bent u bereid gemeenten te ondersteunen bij het heroverwegen van migraties naar clouddiensten van Amerikaanse techgiganten, in lijn met de motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315)?',
  ].map((text, i) => ({
    number: i + 1,
    text,
    footnotes: [],
    answer: null,
    answerFootnotes: [],
    answeredWith: [],
    line: i + 1,
  })),
  references: [],
  warnings: [],
  zaak: '2026Z21000',
  submittedOn: '2026-11-26',
  answeredOn: null,
  documents: [doc('questions', '2026D50001', 'kv-tk-2026Z21000', '2026-11-26')],
};
