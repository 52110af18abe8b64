/**
 * A seeded generator of large, realistic corpora in the seed format, for benchmarks. It takes its
 * material from the seed itself (question sentences, answer paragraphs, titles, people) and varies
 * it: titles from topics, organisations swapped, motions cited in the spellings the seed uses (and
 * sometimes left uncited in a sibling set), answered, partly answered and unanswered sets, joint
 * answers, sibling sets sent to several ministers, footnote markers and the odd verbatim repeat.
 * Pure: the same seed text, sets and seed number give the same output.
 */
import { parseCorpus } from '../corpus/parse';
import { isClosingQuestion } from '../corpus/merged-record';

/** Bumped whenever the generator's output changes, so cached corpora are regenerated. */
export const SYNTH_VERSION = 1;

export interface SynthOptions {
  sets: number;
  /** PRNG seed; the same seed gives the same corpus. */
  seed?: number;
}

type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Anne',
  'Bart',
  'Chantal',
  'Daan',
  'Esther',
  'Fleur',
  'Gert-Jan',
  'Hanneke',
  'Ilse',
  'Joost',
  'Kees',
  'Laura',
  'Mirjam',
  'Niels',
  'Olaf',
  'Pieter',
  'Roos',
  'Sandra',
  'Thijs',
  'Ursula',
  'Vincent',
  'Willemijn',
  'Yeşim',
  'Zoë',
  'Mariëlle',
  'Sjoerd',
  'Khadija',
  'Derk',
  'Inge',
  'Habtamu',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van den Berg',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'Timmermans',
  'Koster',
  'Ceder',
  'Boswijk',
  'Kamminga',
  'Eerdmans',
  'Westerveld',
  'Lahlah',
  'Nordkamp',
  'Patijn',
  'Haage',
];
const PARTIES_AS_WRITTEN = [
  'GroenLinks-PvdA',
  'GL',
  'PvdA',
  'VVD',
  'NSC',
  'PVV',
  'D66',
  'CDA',
  'SP',
  'BBB',
  'ChristenUnie',
  'SGP',
  'PvdD',
  'DENK',
  'Volt',
  'JA21',
  'FvD',
];
const ROLES = [
  'minister ',
  'minister , minister ',
  'minister zonder portefeuille ',
  'minister-president ',
  'staatssecretaris ',
];
const ORGS = [
  'het UWV',
  'de SVB',
  'DUO',
  'Rijkswaterstaat',
  'DNB',
  'Logius',
  'het RIVM',
  'het CBS',
  'de KvK',
  'de RVO',
  'het CJIB',
  'de IND',
  'de DJI',
  'de AFM',
  'de ACM',
  'de NZa',
  'de Belastingdienst',
  'DICTU',
  'het Kadaster',
  'het CBR',
  'de Politie',
  'het OM',
  'de NVWA',
  'het KNMI',
];
const ORG_PATTERN = new RegExp(
  `\\b(?:het |de )?(?:UWV|SVB|DUO|Rijkswaterstaat|DNB|Logius|RIVM|CBS|KvK|RVO|CJIB|IND|DJI|AFM|ACM|NZa|Belastingdienst|DICTU)\\b`,
  'g',
);
const TITLE_PREFIXES = [
  'Het bericht over',
  'De gevolgen van',
  'De aanpak van',
  'Het kabinetsbeleid inzake',
  'De risico’s van',
  'De uitvoering van',
  'Zorgen over',
  'De toekomst van',
  'Het onderzoek naar',
  'De afhankelijkheid van',
  'De inzet van',
  'Het toezicht op',
  'De kosten van',
  'De rol van',
  'Het uitblijven van',
];
const TOPICS = [
  'Amerikaanse clouddiensten',
  'het Tijdelijk Noodfonds Energie',
  'deepfakes en online shaming',
  'algoritmen bij de overheid',
  'datalekken bij gemeenten',
  'de digitale werkplek van de Rijksoverheid',
  'sociale media voor jongeren',
  'huisbezoeken aan demonstranten',
  'importheffingen op Europese producten',
  'de energierekening van huishoudens',
  'gezichtsherkenning door de politie',
  'open source software',
  'de DigiD-verplichting',
  'militaire apps en locatiegegevens',
  'het Europese chipsbeleid',
  'kunstmatige intelligentie in het onderwijs',
  'de wachtlijsten in de jeugdzorg',
  'de woningbouwopgave',
  'stikstofvergunningen',
  'de netcongestie',
  'toeslagenherstel',
  'de arbeidsmigratie',
  'cyberaanvallen op ziekenhuizen',
  'de bereikbaarheid van het platteland',
  'de digitale euro',
  'desinformatie rond verkiezingen',
  'de beveiliging van zeekabels',
  'het pensioenstelsel',
  'de inburgering van statushouders',
  'het leraarentekort',
];
const MOTION_TEMPLATES = [
  (name: string, cite: string) =>
    `Hoe geeft u uitvoering aan de aangenomen motie-${name} c.s.${cite}?`,
  (name: string, cite: string) =>
    `Bent u bereid de motie van het lid ${name}${cite} alsnog uit te voeren?`,
  (name: string, cite: string) =>
    `Wat is de stand van zaken van de uitvoering van de motie-${name}${cite} die hiertoe oproept?`,
];

function citation(rng: Rng, dossier: number, nr: number): string {
  const d = `${Math.floor(dossier / 1000)} ${String(dossier % 1000).padStart(3, '0')}`;
  const forms = [
    ` (Kamerstuk ${d}, nr. ${nr})`,
    ` [Kamerstuk ${d}-${nr}]`,
    ` (Kamerstuk ${d}-${nr})`,
    ` (Kamerstukken II 2024/25, ${d}, nr. ${nr})`,
    '',
  ];
  return forms[Math.floor(rng() * forms.length)];
}

interface Material {
  questions: string[];
  closing: string[];
  paragraphs: string[];
  titles: string[];
  ministers: string[];
}

function firstSentences(text: string, count: number): string {
  const parts = text.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  return parts.slice(0, count).join(' ');
}

function material(seedText: string): Material {
  const rng0 = mulberry32(7);
  const corpus = parseCorpus(seedText, 'seed');
  const questions: string[] = [];
  const closing: string[] = [];
  const paragraphs: string[] = [];
  const ministers = new Set<string>();
  for (const doc of corpus.documents) {
    for (const q of doc.questions) {
      (isClosingQuestion(q.text) ? closing : questions).push(q.text);
      for (const p of q.answer?.split('\n\n') ?? []) {
        // Answers of a sentence or two keep a 50,000-set corpus near the size the real one would have.
        const short = firstSentences(p, rng0() < 0.5 ? 1 : 2).slice(0, 500);
        if (short.length > 20 && !/\?[»”)]*$/.test(short)) paragraphs.push(short);
      }
    }
    for (const a of doc.addressees) if (a.roles.length > 0) ministers.add(a.name);
  }
  return {
    questions,
    closing,
    paragraphs: [...new Set(paragraphs)],
    titles: corpus.documents.map((d) => d.title),
    ministers: [...ministers],
  };
}

/** Yields the corpus record by record (each ends with a newline), so large corpora stream to disk. */
export function* synthRecords(seedText: string, options: SynthOptions): Generator<string> {
  const rng = mulberry32(options.seed ?? 2026);
  const m = material(seedText);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
  const person = () =>
    `${pick(FIRST_NAMES)} ${pick(SURNAMES).replace(/^./, (c) => c.toUpperCase())}`;
  const kamerleden = Array.from({ length: 150 }, () => ({
    name: person(),
    party: pick(PARTIES_AS_WRITTEN),
  }));
  const ministers = [...m.ministers, ...Array.from({ length: 30 }, person)].map((name) => ({
    name,
    role: pick(ROLES),
    party: rng() < 0.8 ? pick(PARTIES_AS_WRITTEN.slice(3, 8)) : null,
  }));
  const motions = Array.from({ length: 400 }, () => ({
    name: pick(SURNAMES).replace(/^./, (c) => c.toUpperCase()),
    dossier: pick([26643, 21501, 32761, 36600, 29362, 36574, 31839, 27879]),
    nr: 100 + Math.floor(rng() * 1400),
  }));

  const submitterField = () => {
    const count = 1 + Math.floor(rng() * rng() * 4);
    return Array.from({ length: count }, () => {
      const p = pick(kamerleden);
      return rng() < 0.75 ? `${p.name} (${p.party})` : `${p.name} `;
    }).join(', ');
  };
  const addresseeField = () => {
    const count = 1 + Math.floor(rng() * rng() * 3);
    return Array.from({ length: count }, () => {
      const a = pick(ministers);
      if (rng() < 0.1) return `${a.name.split(' ').pop()} `;
      return `${a.name} (${a.role})${a.party ? ` (${a.party})` : ' '}`;
    }).join(', ');
  };
  const varyQuestion = (text: string) => {
    let t = text.replace(ORG_PATTERN, () => pick(ORGS));
    if (rng() < 0.2) t = t.replace(/\?$/, `?${1 + Math.floor(rng() * 9)}`);
    return t;
  };
  const questionsFor = () => {
    const count = 3 + Math.floor(rng() * 10);
    const list: string[] = [];
    for (let i = 0; i < count; i++) {
      if (rng() < 0.08) {
        const motion = pick(motions);
        list.push(pick(MOTION_TEMPLATES)(motion.name, citation(rng, motion.dossier, motion.nr)));
      } else list.push(varyQuestion(pick(m.questions)));
    }
    list.push(pick(m.closing));
    return list;
  };
  const header = (title: string, submitters: string, addressees: string) => {
    const images =
      rng() < 0.9
        ? `${Array.from({ length: 1 + Math.floor(rng() * rng() * 3) }, () => '![]()').join(' ')} |\n`
        : '';
    return `${title} |\n|\n${submitters} |\n|\n${addressees} |\n|\n${images}`;
  };
  const body = (questions: string[]) => {
    const roll = rng();
    const answeredUpTo =
      roll < 0.55 ? questions.length : roll < 0.65 ? Math.floor(questions.length / 2) : 0;
    let out = '';
    for (let i = 0; i < questions.length; i++) {
      out += questions[i] + '\n';
      if (i >= answeredUpTo) continue;
      // Now and then two questions share one answer.
      if (i + 1 < answeredUpTo && rng() < 0.1) {
        out += questions[++i] + '\n';
      }
      const paragraphs = 1 + Math.floor(rng() * rng() * 3);
      for (let p = 0; p < paragraphs; p++) {
        out +=
          rng() < 0.05 && i > 0
            ? `Zie het antwoord op vraag ${1 + Math.floor(rng() * i)}.\n`
            : `${pick(m.paragraphs)}\n`;
      }
    }
    return out;
  };

  const emitted: string[] = [];
  let made = 0;
  while (made < options.sets) {
    if (emitted.length > 10 && rng() < 0.004) {
      yield pick(emitted);
      made++;
      continue;
    }
    const title =
      rng() < 0.15
        ? pick(m.titles)
        : `${pick(TITLE_PREFIXES)} ${pick(TOPICS)}${rng() < 0.5 ? ` bij ${pick(ORGS)}` : ''}`;
    const submitters = submitterField();
    const questions = questionsFor();
    // Sibling sets: the same questions to several ministers, organisations varied.
    const siblings = rng() < 0.06 ? 2 + Math.floor(rng() * 4) : 1;
    for (let s = 0; s < siblings && made < options.sets; s++) {
      const qs =
        s === 0
          ? questions
          : questions.map((q) => (rng() < 0.3 ? q.replace(ORG_PATTERN, () => pick(ORGS)) : q));
      const record = header(title, submitters, addresseeField()) + body(qs);
      if (emitted.length < 200) emitted.push(record);
      else if (rng() < 0.01) emitted[Math.floor(rng() * emitted.length)] = record;
      yield record;
      made++;
    }
  }
}

export function synthCorpus(seedText: string, options: SynthOptions): string {
  let out = '';
  for (const record of synthRecords(seedText, options)) out += record;
  return out;
}
