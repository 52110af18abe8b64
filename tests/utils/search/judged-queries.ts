/**
 * The judged set: what a reader of these papers would call related, for every set of the seed,
 * and a dozen searches with the set that must come first. Written by reading the seed, before
 * looking at what the engine returns. Sets are named by title and one addressee's surname and
 * resolved to ids at test time (ids are the parser's business).
 */

export interface SetKey {
  title: string;
  /** Surname of one addressee, to tell apart sets with the same title. */
  addressee: string;
}

const TECH = 'De groeiende afhankelijkheid van Amerikaanse techgiganten';

export const SETS = {
  emancipatie: {
    title: 'Het emancipatiebeleid van Nederland en de rol van digitalisering',
    addressee: 'Paul',
  },
  strafhof: {
    title: 'De rol van Microsoft bij Amerikaanse sancties richting het Internationaal Strafhof',
    addressee: 'Szabó',
  },
  huisbezoeken: {
    title: 'Huisbezoeken aan demonstranten en de gegevensverwerking van demonstranten',
    addressee: 'van Weel',
  },
  noodfonds: { title: 'Het sluiten van het Tijdelijk Noodfonds Energie', addressee: 'Hermans' },
  uitspraken: {
    title:
      'De uitspraken van minister van Justitie en Veiligheid over de afhankelijkheid van Amerikaanse techgiganten',
    addressee: 'van Weel',
  },
  mail: {
    title:
      'Hoe het demissionaire kabinet omgaat met de keuze voor mailcommunicatie in eigen beheer',
    addressee: 'Uitermark',
  },
  techSzw: { title: TECH, addressee: 'van Hijum' },
  techOcw: { title: TECH, addressee: 'Bruins' },
  techIenw: { title: TECH, addressee: 'Madlener' },
  techAsiel: { title: TECH, addressee: 'Faber' },
  techFin: { title: TECH, addressee: 'Heinen' },
  techBzk: { title: TECH, addressee: 'Uitermark' },
  techEz: { title: TECH, addressee: 'Beljaarts' },
  techVws: { title: TECH, addressee: 'Agema' },
  handelsoorlog: {
    title: "De gevolgen van Trump's handelsoorlog voor Nederland",
    addressee: 'Klever',
  },
  jongeren: { title: 'De schijnveiligheid van jongeren op sociale media', addressee: 'Karremans' },
  militairen: {
    title: 'De bescherming van persoonsgegevens van militairen op apps',
    addressee: 'Brekelmans',
  },
  werkbezoek: {
    title: 'Het werkbezoek van de staatssecretaris van Defensie aan Microsoft en Amazon',
    addressee: 'Tuinman',
  },
  ssc: { title: 'De nieuwe werkplek van SSC-ICT', addressee: 'Uitermark' },
} satisfies Record<string, SetKey>;

export type SetName = keyof typeof SETS;

const techSiblings: SetName[] = [
  'techSzw',
  'techOcw',
  'techIenw',
  'techAsiel',
  'techFin',
  'techBzk',
  'techEz',
  'techVws',
];

/**
 * Related sets as a reader sees them. Dependence on American tech (the eight siblings, the
 * minister's remarks, mail in own hands, the Strafhof sanctions, SSC-ICT's cloud workplace,
 * Defence's visit to Microsoft and Amazon) is one cluster; the trade war set asks about American
 * digital services too. Defence links the visit and the soldiers' apps. Noodfonds, the house
 * visits, emancipation policy and young people on social media stand alone in this seed.
 */
export const RELATED: Record<SetName, SetName[]> = {
  ...(Object.fromEntries(
    techSiblings.map((name) => [
      name,
      [
        ...techSiblings.filter((other) => other !== name),
        'uitspraken',
        'mail',
        'strafhof',
        'ssc',
        'werkbezoek',
        'handelsoorlog',
      ],
    ]),
  ) as Record<(typeof techSiblings)[number], SetName[]>),
  uitspraken: [...techSiblings, 'mail', 'strafhof', 'ssc', 'werkbezoek', 'handelsoorlog'],
  mail: ['strafhof', 'ssc', ...techSiblings, 'uitspraken', 'werkbezoek'],
  strafhof: ['mail', ...techSiblings, 'uitspraken', 'handelsoorlog', 'ssc', 'werkbezoek'],
  ssc: ['mail', ...techSiblings, 'uitspraken', 'werkbezoek', 'strafhof', 'handelsoorlog'],
  werkbezoek: [...techSiblings, 'uitspraken', 'ssc', 'mail', 'strafhof', 'militairen'],
  militairen: ['werkbezoek'],
  handelsoorlog: [...techSiblings, 'uitspraken', 'strafhof', 'ssc'],
  noodfonds: [],
  huisbezoeken: [],
  emancipatie: [],
  jongeren: [],
};

/** The sets with the same questions to another minister: each sibling must have the other seven. */
export const SAME_QUESTIONS: SetName[] = techSiblings;

export interface JudgedQuery {
  query: string;
  first: SetName;
  /** What the query exercises. */
  kind: 'words' | 'typo' | 'typo-start' | 'stemmed' | 'phrase' | 'rare' | 'answer';
}

export const QUERIES: JudgedQuery[] = [
  { query: 'noodfnds', first: 'noodfonds', kind: 'typo' },
  { query: 'huisbezoek demonstrant', first: 'huisbezoeken', kind: 'stemmed' },
  { query: 'verslavende ontwerpkeuze', first: 'jongeren', kind: 'stemmed' },
  { query: 'militaren strava', first: 'militairen', kind: 'typo' },
  { query: 'Internationaal Strafhof Microsoft', first: 'strafhof', kind: 'words' },
  { query: 'tieneraccounts Instagram', first: 'jongeren', kind: 'words' },
  { query: 'werkbezoek Seattle', first: 'werkbezoek', kind: 'words' },
  { query: 'gendergelijkheid Roma Sinti', first: 'emancipatie', kind: 'words' },
  { query: 'mailverkeer in eigen beheer', first: 'mail', kind: 'phrase' },
  { query: 'handelstarieven koopkracht', first: 'handelsoorlog', kind: 'words' },
  { query: 'digitale werkplekken public cloud', first: 'ssc', kind: 'phrase' },
  { query: 'Goedenavond Nederland', first: 'uitspraken', kind: 'rare' },
  { query: 'DigiD Nationale ombudsman', first: 'noodfonds', kind: 'words' },
  { query: 'afhankelijkheid techgiganten UWV SVB', first: 'techSzw', kind: 'words' },
  // Words only the minister's answers use (no title or question of the seed has them).
  { query: 'sanctiewetgeving rechtsmacht', first: 'strafhof', kind: 'answer' },
  { query: 'bestuursdwang dwangsom', first: 'huisbezoeken', kind: 'answer' },
  { query: 'uitvoeringskosten energiefonds', first: 'noodfonds', kind: 'answer' },
  { query: 'antidwangarbeidverordening importtarieven', first: 'handelsoorlog', kind: 'answer' },
  { query: 'biasdetectie loontransparantie', first: 'emancipatie', kind: 'answer' },
  // Typos in a word's first two letters: dropped, swapped, added; and two edits ("nodofnds").
  { query: 'oodfonds', first: 'noodfonds', kind: 'typo-start' },
  { query: 'iteneraccounts', first: 'jongeren', kind: 'typo-start' },
  { query: 'edmonstranten', first: 'huisbezoeken', kind: 'typo-start' },
  { query: 'ilitairen', first: 'militairen', kind: 'typo-start' },
  { query: 'nodofnds', first: 'noodfonds', kind: 'typo' },
];

/**
 * Prior answers a reader would want: the trade-war set asks "Heeft u een plan om de Nederlandse
 * afhankelijkheid van Amerikaanse digitale diensten te verminderen?" (question 16), which the
 * Defence set asked and had answered as question 5 ("… de afhankelijkheid van niet-Europese
 * techbedrijven juist zou moeten verminderen?"). No other answered question in the seed asks
 * what another set asks.
 */
export const PRIOR: {
  set: SetName;
  question: number;
  answeredIn: SetName;
  answeredQuestion: number;
}[] = [{ set: 'handelsoorlog', question: 16, answeredIn: 'werkbezoek', answeredQuestion: 5 }];
