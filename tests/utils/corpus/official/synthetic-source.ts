/**
 * An official source made from parsed sets (the seed, or a synthesised corpus): one Zaak per set
 * with its actors and documents, its questions (and answers, when it has them) as OB XML in the
 * current notation. For the browser test (the seed's sets as official ones, to merge with the
 * seed) and the bench (50,000 sets through the local server). Served by startFixtureServer.
 */
import type { KamerDocument } from '../../../../utils/corpus/model';
import type { ServeOptions } from './fixture-server';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SyntheticZaak {
  nummer: string;
  doc: KamerDocument;
  submittedOn: string;
  answeredOn: string | null;
  aanhangsel: number | null;
  modified: string;
}

/** Zaken for these sets, spread evenly over `years` years from `startYear`, in order. */
export function syntheticZaken(
  docs: KamerDocument[],
  startYear = 2009,
  years = 17,
): SyntheticZaak[] {
  return docs.map((doc, i) => {
    const year = startYear + Math.floor((i * years) / Math.max(1, docs.length));
    const day = new Date(Date.UTC(year, 0, 1) + ((i * 7919) % 360) * 86_400_000);
    const submittedOn = day.toISOString().slice(0, 10);
    const answered = doc.questions.some((q) => q.answer !== null);
    const answeredOn = answered
      ? new Date(day.getTime() + 28 * 86_400_000).toISOString().slice(0, 10)
      : null;
    return {
      nummer: `${year}Z${String(10000 + i).padStart(5, '0')}`,
      doc,
      submittedOn,
      answeredOn,
      aanhangsel: answered ? 1000 + i : null,
      modified: `${answeredOn ?? submittedOn}T10:00:00+01:00`,
    };
  });
}

function vergaderjaar(date: string): [string, string] {
  const y = Number(date.slice(0, 4));
  const from = Number(date.slice(5, 7)) >= 9 ? y : y - 1;
  return [
    `${from}-${from + 1}`,
    `${String(from % 100).padStart(2, '0')}${String((from + 1) % 100).padStart(2, '0')}`,
  ];
}

export function zaakJson(z: SyntheticZaak): Record<string, unknown> {
  const actors = [
    ...z.doc.submitters.map((p, i) => ({
      Relatie: i === 0 ? 'Indiener' : 'Medeindiener',
      ActorNaam: p.name,
      ActorFractie: p.partyAsWritten ?? p.party,
      Functie: 'Tweede Kamerlid',
      GewijzigdOp: z.modified,
    })),
    ...z.doc.addressees.map((p) => ({
      Relatie: 'Gericht aan',
      ActorNaam: p.name,
      ActorFractie: p.party,
      Functie: p.roles[0] ?? 'minister',
      GewijzigdOp: z.modified,
    })),
  ];
  const documents: Record<string, unknown>[] = [
    {
      DocumentNummer: z.nummer.replace('Z', 'D'),
      Soort: 'Schriftelijke vragen',
      Datum: `${z.submittedOn}T00:00:00+01:00`,
      GewijzigdOp: z.modified,
      Verwijderd: false,
    },
  ];
  if (z.answeredOn && z.aanhangsel !== null) {
    const [vj, short] = vergaderjaar(z.answeredOn);
    documents.push({
      DocumentNummer: z.nummer.replace('Z', 'D') + 'A',
      Soort: 'Antwoord schriftelijke vragen',
      Datum: `${z.answeredOn}T00:00:00+01:00`,
      Vergaderjaar: vj,
      Aanhangselnummer: `${short}${String(z.aanhangsel).padStart(5, '0')}`,
      GewijzigdOp: z.modified,
      Verwijderd: false,
    });
  }
  return {
    Nummer: z.nummer,
    Soort: 'Schriftelijke vragen',
    Onderwerp: z.doc.title,
    GestartOp: `${z.submittedOn}T00:00:00+01:00`,
    GewijzigdOp: z.modified,
    Verwijderd: false,
    ZaakActor: actors,
    Document: documents,
  };
}

export function questionsXml(z: SyntheticZaak): string {
  const vragen = z.doc.questions
    .map((q) => `<vraag><nr>Vraag ${q.number}</nr><al>${esc(q.text)}</al></vraag>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie><kamervragen><kamervraagkop><kamervraagnummer>${z.nummer}</kamervraagnummer><kamervraagomschrijving type="vraag">Vragen over ${esc(z.doc.title)} (ingezonden <datum isodatum="${z.submittedOn}">${z.submittedOn}</datum>).</kamervraagomschrijving></kamervraagkop>\n${vragen}\n</kamervragen></officiele-publicatie>\n`;
}

export function answerXml(z: SyntheticZaak): string {
  const parts: string[] = [];
  const done = new Set<number>();
  for (const q of z.doc.questions) {
    parts.push(`<vraag><nr>Vraag ${q.number}</nr><al>${esc(q.text)}</al></vraag>`);
    if (q.answer === null || done.has(q.number)) continue;
    const numbers = q.answeredWith.length > 1 ? q.answeredWith : [q.number];
    numbers.forEach((n) => done.add(n));
    const als = q.answer
      .split('\n\n')
      .map((p) => `<al>${esc(p)}</al>`)
      .join('');
    parts.push(`<antwoord><nr>Antwoord ${numbers.join(' en ')}</nr>${als}</antwoord>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie><kamervragen><kamervraagkop><kamervraagomschrijving type="antwoord">Antwoord (ontvangen <datum isodatum="${z.answeredOn}">${z.answeredOn}</datum>).</kamervraagomschrijving></kamervraagkop>\n${parts.join('\n')}\n</kamervragen></officiele-publicatie>\n`;
}

/** Server options serving these Zaken in OData pages of `pageSize` and their publications. */
export function syntheticServe(zaken: SyntheticZaak[], pageSize = 250): ServeOptions {
  const byOb = new Map<string, SyntheticZaak>();
  for (const z of zaken) {
    byOb.set(`kv-tk-${z.nummer}.xml`, z);
    if (z.answeredOn && z.aanhangsel !== null)
      byOb.set(`ah-tk-${vergaderjaar(z.answeredOn)[0].replace('-', '')}-${z.aanhangsel}.xml`, z);
  }
  return {
    pages(skiptoken, url) {
      // Incremental: honour "GewijzigdOp ge <t>" the way the service would.
      const since = /GewijzigdOp ge ([0-9T:.+\-Z]+)/.exec(
        url.searchParams.get('$filter') ?? '',
      )?.[1];
      const selected = since
        ? zaken.filter((z) => Date.parse(z.modified) >= Date.parse(since))
        : zaken;
      const start = Number(skiptoken ?? 0);
      const page = selected.slice(start, start + pageSize);
      const next = start + pageSize < selected.length ? start + pageSize : null;
      const nextUrl = new URL(url.href);
      if (next !== null) nextUrl.searchParams.set('$skiptoken', String(next));
      return JSON.stringify({
        value: page.map(zaakJson),
        ...(next !== null ? { '@odata.nextLink': nextUrl.href } : {}),
      });
    },
    publication(file) {
      const z = byOb.get(file);
      if (!z) return null;
      return file.startsWith('kv-') ? questionsXml(z) : answerXml(z);
    },
  };
}
