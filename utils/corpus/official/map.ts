/**
 * One Zaak of the open data, with the text of its publications, as a KamerDocument.
 *
 * Identity: `zaak-<Nummer>` ("zaak-2025Z10400"). The Zaak is the hub of a set's documents
 * (questions, postponements, answer, nader answer: docs/ARCHITECTURE.md, "Page recognition") and never changes while the set
 * lives, whereas a content-derived id would change when a question is corrected, and a document
 * number names one document, not the set. TK's `id=` and OB's `kv-tk-<Zaak>` name the same Zaak,
 * so a page can be matched to it directly.
 */
import type {
  KamerDocument,
  OfficialDocument,
  OfficialDocumentKind,
  Person,
  Question,
  Reference,
  Warning,
} from '../model';
import { normaliseParty } from '../parties';
import { setStatus } from '../questions';
import { documentReferences } from '../document-references';
import { extractReferences } from '../references';
import type { ObPublication } from './ob-xml';
import type { ODataDocument, ODataZaak, ODataZaakActor } from './odata';

export const OB_SITE = 'https://zoek.officielebekendmakingen.nl/';

export function officialId(zaakNummer: string): string {
  return `zaak-${zaakNummer}`;
}

/** Sort key of a Zaak number: "2025Z10400" → year, then number. */
export function zaakOrder(nummer: string): number {
  const m = /^(\d{4})Z(\d+)$/i.exec(nummer);
  return m ? Number(m[1]) * 1e7 + Number(m[2]) : Number.MAX_SAFE_INTEGER;
}

/**
 * The kind of a Document of a set, from its Soort (and, for a bare "Mededeling", its title:
 * older postponement notices are filed as Mededeling too); null for documents that are not part
 * of a set's life ("Lijst van vragen en antwoorden", letters, …).
 */
export function documentKind(
  soort: string | null | undefined,
  title?: string | null,
): OfficialDocumentKind | null {
  const s = (soort ?? '').trim().toLowerCase();
  if (s === 'schriftelijke vragen') return 'questions';
  if (s === 'antwoord schriftelijke vragen') return 'answer';
  if (s.startsWith('antwoord schriftelijke vragen') && s.includes('nader')) return 'nader-answer';
  if (s.startsWith('mededeling') && s.includes('uitstel')) return 'postponement';
  if (s.startsWith('mededeling') && s.includes('intrek')) return 'withdrawal';
  if (s === 'mededeling') {
    const t = (title ?? '').toLowerCase();
    if (t.includes('uitstel')) return 'postponement';
    if (t === '' || t.includes('intrek') || t.includes('ingetrokken')) return 'withdrawal';
  }
  return null;
}

const isoDay = (value: string | null | undefined): string | null =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

/**
 * "242501028" → 2024-2025, nr 1028 (how the service writes it); "20242025-1028" and a bare
 * number with the document's Vergaderjaar are read too.
 */
export function aanhangsel(
  value: string | null | undefined,
  vergaderjaar: string | null | undefined,
): { vergaderjaar: string; nr: number } | null {
  const v = (value ?? '').trim();
  let m = /^(\d{2})(\d{2})(\d{5})$/.exec(v);
  if (m) {
    const y1 = Number(m[1]) + (Number(m[1]) >= 90 ? 1900 : 2000);
    const y2 = Number(m[2]) + (Number(m[2]) >= 90 ? 1900 : 2000);
    if (y2 === y1 + 1 || (y1 === 1999 && y2 === 2000))
      return { vergaderjaar: `${y1}-${y2}`, nr: Number(m[3]) };
  }
  m = /^(\d{4})-?(\d{4})-(\d+)$/.exec(v);
  if (m) return { vergaderjaar: `${m[1]}-${m[2]}`, nr: Number(m[3]) };
  const vj = /^(\d{4})-(\d{4})$/.exec((vergaderjaar ?? '').trim());
  if (/^\d{1,5}$/.test(v) && vj) return { vergaderjaar: `${vj[1]}-${vj[2]}`, nr: Number(v) };
  return null;
}

/** The officielebekendmakingen id of a document, or null when it cannot be known. */
export function obIdOf(
  zaak: ODataZaak,
  doc: ODataDocument,
  kind: OfficialDocumentKind,
): string | null {
  const external = (doc.DocumentVersie ?? [])
    .filter((v) => !v.Verwijderd && v.ExterneIdentifier)
    .sort((a, b) => (b.Versienummer ?? 0) - (a.Versienummer ?? 0))[0]?.ExterneIdentifier;
  if (external && /^(kv|ah)-[a-z0-9-]+$/i.test(external.trim())) return external.trim();
  if (kind === 'questions') return zaak.Nummer ? `kv-tk-${zaak.Nummer}` : null;
  if (kind === 'withdrawal') return null;
  const a = aanhangsel(doc.Aanhangselnummer, doc.Vergaderjaar);
  return a ? `ah-tk-${a.vergaderjaar.replace('-', '')}-${a.nr}` : null;
}

export function officialDocuments(zaak: ODataZaak): (OfficialDocument & { soort: string })[] {
  const out: (OfficialDocument & { soort: string })[] = [];
  for (const d of zaak.Document ?? []) {
    if (d.Verwijderd) continue;
    const kind = documentKind(d.Soort, d.Titel ?? d.Onderwerp);
    if (!kind) continue;
    const obId = obIdOf(zaak, d, kind);
    const a =
      kind === 'questions' || kind === 'withdrawal'
        ? null
        : aanhangsel(d.Aanhangselnummer, d.Vergaderjaar);
    const number = d.DocumentNummer ?? null;
    const doc: OfficialDocument & { soort: string } = {
      soort: d.Soort ?? '',
      kind,
      number,
      obId,
      url: obId
        ? `${OB_SITE}${obId}.html`
        : number && zaak.Nummer
          ? `https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=${zaak.Nummer}&did=${number}`
          : null,
      date: isoDay(d.Datum),
    };
    if (a) {
      doc.vergaderjaar = a.vergaderjaar;
      doc.aanhangsel = a.nr;
    }
    out.push(doc);
  }
  const order: Record<OfficialDocumentKind, number> = {
    questions: 0,
    postponement: 1,
    answer: 2,
    'nader-answer': 3,
    withdrawal: 4,
  };
  return out.sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || order[a.kind] - order[b.kind],
  );
}

/** "minister van Justitie en Veiligheid" → "minister"; "Minister-president" → "minister-president". */
function roleOf(functie: string | null | undefined): string[] {
  const f = (functie ?? '').trim();
  if (!f) return [];
  const m =
    /^(minister-president|minister zonder portefeuille|minister|staatssecretaris|viceminister-president)\b/i.exec(
      f,
    );
  return [m ? m[1].toLowerCase() : f.split(/\s+(van|voor)\s+/i)[0].toLowerCase()];
}

function person(actor: ODataZaakActor, addressee: boolean): Person | null {
  const written =
    actor.ActorNaam?.replace(/\s+/g, ' ').trim() || (addressee ? actor.Functie?.trim() : '') || '';
  if (!written) return null;
  const fractie = actor.ActorFractie?.replace(/\s+/g, ' ').trim() || null;
  return {
    name: written,
    roles: addressee ? roleOf(actor.Functie) : [],
    party: fractie ? normaliseParty(fractie) : null,
    partyAsWritten: fractie,
  };
}

export function zaakPeople(zaak: ODataZaak): { submitters: Person[]; addressees: Person[] } {
  const actors = (zaak.ZaakActor ?? []).filter((a) => !a.Verwijderd);
  const rel = (a: ODataZaakActor) => (a.Relatie ?? '').trim().toLowerCase();
  const pick = (relaties: string[], addressee: boolean) => {
    const people: Person[] = [];
    for (const r of relaties)
      for (const a of actors)
        if (rel(a) === r) {
          const p = person(a, addressee);
          if (p && !people.some((x) => x.name === p.name)) people.push(p);
        }
    return people;
  };
  return {
    submitters: pick(['indiener', 'medeindiener'], false),
    addressees: pick(['gericht aan'], true),
  };
}

/** The short subject: Onderwerp, without a "Vragen van … over" lead-in and "(ingezonden …)". */
export function subjectOf(zaak: ObLikeTitle): string {
  const raw = (zaak.onderwerp || zaak.titel || zaak.heading || '').replace(/\s+/g, ' ').trim();
  let s = raw;
  const over = /^vragen van (het lid|de leden)\b.*?\bover\s+/i.exec(s);
  if (over) s = s.slice(over[0].length);
  s = s.replace(/\s*\((ingezonden|ontvangen)[^)]*\)\.?\s*$/i, '').replace(/[.\s]+$/, '');
  if (!s) s = raw;
  return s ? s[0].toUpperCase() + s.slice(1) : '(zonder onderwerp)';
}

interface ObLikeTitle {
  onderwerp?: string | null;
  titel?: string | null;
  heading?: string | null;
}

export interface ZaakTexts {
  /** The questions' text (questions document, else a reprint in a notice or answer). */
  questions: ObPublication | null;
  /** Answers, first answer before nader answers. */
  answers: { kind: 'answer' | 'nader-answer'; publication: ObPublication }[];
  warnings: Warning[];
}

/** References in footnote texts, placed under the question whose text or answer cites them. */
function noteReferences(doc: KamerDocument): Reference[] {
  const refs: Reference[] = [];
  for (const note of doc.notes ?? []) {
    const found = extractReferences(note.text);
    if (found.length === 0) continue;
    const inQuestion = doc.questions.find((q) => q.footnotes.includes(note.number));
    const inAnswer = inQuestion
      ? null
      : doc.questions.find((q) => q.answerFootnotes.includes(note.number));
    const q = inQuestion ?? inAnswer;
    for (const r of found)
      refs.push({
        ...r,
        question: q?.number ?? null,
        in: inQuestion ? 'question' : inAnswer ? 'answer' : 'title',
      });
  }
  return refs;
}

/**
 * All references of an official set: as for the seed (documentReferences), plus those in the
 * footnotes; a motion named without a citation whose own footnote cites one Kamerstuk gets it
 * (resolvedBy 'citation').
 */
export function officialReferences(doc: KamerDocument): Reference[] {
  const refs = documentReferences(doc);
  const fromNotes = noteReferences(doc);
  for (const motion of refs) {
    if (motion.kind !== 'motion' || motion.kamerstuk || motion.question === null) continue;
    const cited = fromNotes.filter(
      (r) =>
        r.kind === 'kamerstuk' &&
        r.kamerstuk &&
        r.kamerstuk.includes('-') &&
        r.question === motion.question &&
        r.in === motion.in,
    );
    if (cited.length === 1) {
      motion.kamerstuk = cited[0].kamerstuk;
      motion.url = cited[0].url;
      motion.resolvedBy = 'citation';
    }
  }
  return [...refs, ...fromNotes];
}

export function zaakToDocument(zaak: ODataZaak, texts: ZaakTexts): KamerDocument {
  const nummer = zaak.Nummer ?? '';
  const { submitters, addressees } = zaakPeople(zaak);
  const documents = officialDocuments(zaak);
  const warnings: Warning[] = [...texts.warnings];
  const source = texts.questions;
  const questions: Question[] = (source?.questions ?? [])
    .slice()
    .sort((a, b) => a.number - b.number)
    .map((q) => ({
      number: q.number,
      text: q.text,
      footnotes: q.footnotes,
      answer: null,
      answerFootnotes: [],
      answeredWith: [],
      line: 0,
    }));
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const notes = new Map<number, string>();
  for (const n of source?.notes ?? []) notes.set(n.number, n.text);
  for (const { kind, publication } of texts.answers) {
    for (const n of publication.notes) if (!notes.has(n.number)) notes.set(n.number, n.text);
    for (const answer of publication.answers) {
      const targets = answer.numbers.map((n) => byNumber.get(n)).filter((q) => q !== undefined);
      if (targets.length === 0) {
        warnings.push({
          line: 0,
          code: 'answer-without-question',
          message: `answer to question ${answer.numbers.join(', ')} (${kind}) matches no question`,
        });
        continue;
      }
      const joint = answer.numbers.length > 1 ? answer.numbers.filter((n) => byNumber.has(n)) : [];
      for (const q of targets) {
        if (q.answer === null) {
          q.answer = answer.text;
          q.answerFootnotes = [...answer.footnotes];
          q.answeredWith = joint.length > 1 ? joint : [];
        } else if (!q.answer.includes(answer.text)) {
          // A nader antwoord adds to the first answer.
          q.answer = `${q.answer}\n\n${answer.text}`;
          q.answerFootnotes.push(...answer.footnotes);
        }
      }
    }
  }
  if (questions.length === 0)
    warnings.push({
      line: 0,
      code: 'no-questions',
      message: `no question text found for Zaak ${nummer}`,
    });

  const firstAnswer = documents.find((d) => d.kind === 'answer' || d.kind === 'nader-answer');
  const questionsDoc = documents.find((d) => d.kind === 'questions');
  const doc: KamerDocument = {
    id: officialId(nummer),
    title: subjectOf({ onderwerp: zaak.Onderwerp, titel: zaak.Titel, heading: source?.heading }),
    submitters,
    addressees,
    status: setStatus(questions),
    occurrences: 1,
    lines: [],
    questions,
    references: [],
    warnings,
    zaak: nummer,
    submittedOn: isoDay(zaak.GestartOp) ?? questionsDoc?.date ?? source?.submittedOn ?? null,
    answeredOn: firstAnswer?.date ?? texts.answers[0]?.publication.answeredOn ?? null,
    postponements: documents
      .filter((d) => d.kind === 'postponement')
      .map((d) => d.date ?? '')
      .filter((d) => d !== ''),
    withdrawn: documents.some((d) => d.kind === 'withdrawal'),
    documents: documents.map(({ soort: _soort, ...d }) => d),
  };
  if (texts.answers.length === 0 && !firstAnswer) doc.answeredOn = null;
  if (notes.size > 0)
    doc.notes = [...notes].sort((a, b) => a[0] - b[0]).map(([number, text]) => ({ number, text }));
  return doc;
}
