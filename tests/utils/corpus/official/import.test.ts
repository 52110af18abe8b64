import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PoliteClient, SourceError } from '../../../../utils/corpus/official/http';
import { importOfficial } from '../../../../utils/corpus/official/import';
import type { KamerDocument } from '../../../../utils/corpus/model';
import { startFixtureServer, type FixtureServer } from './fixture-server';

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(async () => {
  await server.close();
});

const client = (o: ConstructorParameters<typeof PoliteClient>[0] = {}) =>
  new PoliteClient({ backoffMs: 5, maxBackoffMs: 20, timeoutMs: 2_000, ...o });

async function run(o: Partial<Parameters<typeof importOfficial>[0]> = {}) {
  return importOfficial({ client: client(), odata: server.odata, ob: server.ob, ...o });
}

const byZaak = (docs: KamerDocument[], zaak: string) => {
  const doc = docs.find((d) => d.zaak === zaak);
  if (!doc) throw new Error(`no set for ${zaak}`);
  return doc;
};

describe('importOfficial against a local server in the OData / OB shapes', () => {
  it('pages through @odata.nextLink and keeps only sets of Kamervragen, in Zaak order', async () => {
    const { corpus, changed, skipped, deleted } = await run();
    expect(server.requests.filter((r) => r.startsWith('/odata/Zaak'))).toHaveLength(2);
    expect(corpus.documents.map((d) => d.zaak)).toEqual([
      '2013Z01234',
      '2025Z10400',
      '2025Z11020',
      '2025Z13100',
      '2025Z14000',
    ]);
    expect(changed).toBe(5);
    expect(skipped).toBe(1); // the Lijst van vragen en antwoorden
    expect(deleted).toBe(0);
  });

  it('maps a Zaak with its actors and every Document Soort to the model', async () => {
    const doc = byZaak((await run()).corpus.documents, '2025Z10400');
    expect(doc.id).toBe('zaak-2025Z10400');
    expect(doc.title).toBe('Afhankelijkheid van Amerikaanse clouddiensten');
    expect(doc.submitters).toEqual([
      {
        name: 'B.C. Kathmann',
        roles: [],
        party: 'GroenLinks-PvdA',
        partyAsWritten: 'GroenLinks-PvdA',
      },
      { name: 'E. Lahlah', roles: [], party: 'GroenLinks-PvdA', partyAsWritten: 'GroenLinks-PvdA' },
    ]);
    expect(doc.addressees).toEqual([
      { name: 'D.S. Beljaarts', roles: ['minister'], party: 'PVV', partyAsWritten: 'PVV' },
    ]);
    expect(doc.submittedOn).toBe('2025-05-23');
    expect(doc.answeredOn).toBe('2025-07-01');
    expect(doc.postponements).toEqual(['2025-06-12']);
    expect(doc.withdrawn).toBe(false);
    expect(doc.documents).toEqual([
      {
        kind: 'questions',
        number: '2025D30461',
        obId: 'kv-tk-2025Z10400',
        url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10400.html',
        date: '2025-05-23',
      },
      {
        kind: 'postponement',
        number: '2025D33120',
        obId: 'ah-tk-20242025-1990',
        url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1990.html',
        date: '2025-06-12',
        vergaderjaar: '2024-2025',
        aanhangsel: 1990,
      },
      {
        kind: 'answer',
        number: '2025D40210',
        obId: 'ah-tk-20242025-2140',
        url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2140.html',
        date: '2025-07-01',
        vergaderjaar: '2024-2025',
        aanhangsel: 2140,
      },
    ]);
  });

  it('reads questions, footnotes, a joint answer and "zie het antwoord op vraag 2"', async () => {
    const doc = byZaak((await run()).corpus.documents, '2025Z10400');
    expect(doc.status).toBe('answered');
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    expect(doc.questions[0].text).toBe(
      'Bent u bekend met het bericht «Overheid leunt zwaar op Amerikaanse cloud»?',
    );
    expect(doc.questions[0].footnotes).toEqual([1]);
    expect(doc.questions[1].text).toBe(
      'Hoe staat het met de uitvoering van de motie-Kathmann c.s. over een exitstrategie voor clouddiensten?',
    );
    expect(doc.questions[1].footnotes).toEqual([2]);
    expect(doc.questions[1].answeredWith).toEqual([2, 3]);
    expect(doc.questions[2].answer).toBe(doc.questions[1].answer);
    expect(doc.questions[1].answer).toContain('\n\nAlle ministeries gebruiken M365');
    expect(doc.questions[1].answerFootnotes).toEqual([3]);
    expect(doc.questions[3].answer).toBe('Zie het antwoord op vraag 2.');
    expect(doc.notes).toEqual([
      { number: 1, text: 'NRC, 20 mei 2025.' },
      { number: 2, text: 'Kamerstuk 26 643, nr. 1315.' },
      { number: 3, text: 'Kamerstuk 26 643, nr. 1320.' },
    ]);
    // The motion named in question 2 is cited by its own footnote.
    const motion = doc.references.find((r) => r.kind === 'motion' && r.question === 2);
    expect(motion).toMatchObject({
      kamerstuk: '26643-1315',
      resolvedBy: 'citation',
      in: 'question',
    });
    expect(doc.references.some((r) => r.kind === 'question' && r.questions?.includes(2))).toBe(
      true,
    );
    expect(doc.references.some((r) => r.kind === 'news' && r.question === 1)).toBe(true);
  });

  it('several addressees, an answer and a nader antwoord after it, footnotes by nootref', async () => {
    const doc = byZaak((await run()).corpus.documents, '2025Z11020');
    expect(doc.addressees.map((p) => [p.name, p.roles])).toEqual([
      ['J.J.M. Uitermark', ['minister']],
      ['T. van Oostenbruggen', ['staatssecretaris']],
    ]);
    expect(doc.questions[0].answeredWith).toEqual([1, 2]);
    expect(doc.questions[2].answer).toBe(
      'De motie wordt uitgevoerd met een exitplan dat de Kamer voor de zomer ontvangt.',
    );
    expect(doc.status).toBe('answered');
    expect(doc.answeredOn).toBe('2025-06-24');
    expect(doc.documents?.map((d) => d.kind)).toEqual(['questions', 'answer', 'nader-answer']);
    expect(doc.questions[0].footnotes).toEqual([1]);
    expect(doc.questions[2].footnotes).toEqual([2]);
    const motion = doc.references.find((r) => r.kind === 'motion' && r.question === 3);
    expect(motion?.kamerstuk).toBe('26643-1302');
  });

  it('a withdrawn set, and an addressee known only by office', async () => {
    const doc = byZaak((await run()).corpus.documents, '2025Z13100');
    expect(doc.withdrawn).toBe(true);
    expect(doc.status).toBe('unanswered');
    expect(doc.answeredOn).toBeNull();
    expect(doc.addressees).toEqual([
      {
        name: 'staatssecretaris van Jeugd, Preventie en Sport',
        roles: ['staatssecretaris'],
        party: null,
        partyAsWritten: null,
      },
    ]);
    // The Kamer writes GL-PvdA here: kept as written, normalised to the fractie.
    expect(doc.submitters[0]).toMatchObject({
      party: 'GroenLinks-PvdA',
      partyAsWritten: 'GL-PvdA',
    });
  });

  it('the older notation (vragen, omschr, toelicht; numbers in the first al)', async () => {
    const doc = byZaak((await run()).corpus.documents, '2013Z01234');
    expect(doc.title).toBe('De sluiting van de spoedeisende hulp in Lelystad');
    expect(doc.questions.map((q) => q.text)).toEqual([
      "Wat is uw reactie op het bericht dat de spoedeisende hulp in Lelystad 's nachts sluit?",
      'Hoe lang is de aanrijtijd van een ambulance naar het dichtstbijzijnde ziekenhuis & wat vindt u daarvan?',
    ]);
    expect(doc.questions[1].answer).toBe(
      'De norm van 15 minuten wordt in de regio in 96% van de ritten gehaald.',
    );
    expect(doc.documents?.[1].obId).toBe('ah-tk-20122013-1401');
  });

  it('falls back to the HTML page when the XML is not there', async () => {
    const doc = byZaak((await run()).corpus.documents, '2025Z14000');
    expect(server.requests).toContain('/ob/kv-tk-2025Z14000.xml');
    expect(server.requests).toContain('/ob/kv-tk-2025Z14000.html');
    expect(doc.questions.map((q) => q.text)).toEqual([
      'Bent u bekend met berichten over huisbezoeken door de politie bij demonstranten?',
      'Op grond van welke bevoegdheid vinden deze huisbezoeken plaats?',
    ]);
    expect(doc.questions[0].footnotes).toEqual([1]);
    expect(doc.warnings.map((w) => w.code)).toContain('html-fallback');
  });

  it('ids are stable: the same Zaak gives the same id, whatever else changes', async () => {
    const a = (await run()).corpus.documents.map((d) => d.id);
    const b = (await run()).corpus.documents.map((d) => d.id);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('polite and sturdy', () => {
  it('never has more than 4 requests in flight', async () => {
    await server.close();
    server = await startFixtureServer({ delayMs: 30 });
    await run();
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
    expect(server.maxInFlight).toBeGreaterThan(1);
  });

  it('retries a 429 after its Retry-After, and a 500 with backoff', async () => {
    server.faults.set('/odata/Zaak', [{ status: 429, headers: { 'retry-after': '1' } }]);
    server.faults.set('/ob/kv-tk-2025Z10400.xml', [{ status: 500 }, { status: 503 }]);
    const waits: number[] = [];
    const c = client({ sleep: async (ms) => void waits.push(ms) });
    const { corpus } = await importOfficial({ client: c, odata: server.odata, ob: server.ob });
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(c.stats.retries).toBe(3);
    expect(byZaak(corpus.documents, '2025Z10400').questions).toHaveLength(4);
  });

  it('times out a request that never answers, and tries again', async () => {
    server.faults.set('/ob/kv-tk-2025Z11020.xml', [{ hang: true }]);
    const c = client({ timeoutMs: 200 });
    const { corpus } = await importOfficial({ client: c, odata: server.odata, ob: server.ob });
    expect(byZaak(corpus.documents, '2025Z11020').questions).toHaveLength(3);
    expect(c.stats.retries).toBe(1);
  });

  it('gives up with one line naming the URL when a source keeps failing', async () => {
    server.faults.set('/odata/Zaak', Array(10).fill({ status: 500 }));
    const error = await run({ client: client({ retries: 2 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/odata\/Zaak\?\S+: HTTP 500, after 3 attempts$/,
    );
  });

  it('a truncated XML is an error naming its URL, never a shorter set', async () => {
    server.faults.set('/ob/ah-tk-20242025-2140.xml', [{ truncate: true }]);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${server.ob}ah-tk-20242025-2140\\.xml: malformed XML: truncated: <[\\w.-]+> is never closed$`,
      ),
    );
  });

  it('an HTML error page where XML or JSON was expected is an error naming the URL', async () => {
    server.faults.set('/ob/kv-tk-2025Z13100.xml', [{ htmlError: true }]);
    const xmlError = await run().catch((e: unknown) => e);
    expect((xmlError as Error).message).toBe(
      `${server.ob}kv-tk-2025Z13100.xml: an HTML page where XML was expected`,
    );
    server.faults.set('/odata/Zaak', [{ htmlError: true }]);
    const jsonError = await run().catch((e: unknown) => e);
    expect((jsonError as Error).message).toMatch(
      /\/odata\/Zaak\?\S+: an HTML page where JSON was expected$/,
    );
  });

  it('an unreachable source ends with one line naming the URL', async () => {
    await server.close();
    const error = await importOfficial({
      client: client({ retries: 1 }),
      odata: server.odata,
      ob: server.ob,
    }).catch((e: unknown) => e);
    server = await startFixtureServer();
    expect((error as Error).message).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/odata\/Zaak\?\S+: unreachable \(.+\), after 2 attempts$/,
    );
  });
});

describe('incremental', () => {
  it('a run that finds nothing new gives the corpus of the last run, byte for byte', async () => {
    const first = await run();
    const before = JSON.stringify(first.corpus);
    const again = await run({ previous: first.state });
    expect(JSON.stringify(again.corpus)).toBe(before);
  });

  it("the state keeps each set's references as found, for the next run to reuse", async () => {
    const { state, corpus } = await run();
    expect(Object.keys(state.references ?? {}).sort()).toEqual(
      corpus.documents.map((d) => d.zaak).sort(),
    );
  });

  it('asks only for changes since the last run, replaces changed sets and drops deleted ones', async () => {
    const first = await run();
    expect(first.state.lastModified).toBe('2025-07-08T09:00:00+02:00');
    // The next day: one set changed (an answer arrived), one deleted.
    const page = JSON.parse(await (await fetch(`${server.odata}Zaak?$skiptoken=2`)).text()) as {
      value: Record<string, unknown>[];
    };
    const changed = page.value.find((z) => z.Nummer === '2025Z14000')!;
    changed.GewijzigdOp = '2025-07-10T09:00:00+02:00';
    const deleted = { Nummer: '2025Z13100', Soort: 'Schriftelijke vragen', Verwijderd: true };
    server.override.set('/odata/Zaak', () => ({
      type: 'application/json',
      body: JSON.stringify({ value: [changed, deleted] }),
    }));
    server.requests.length = 0;
    const second = await run({ previous: first.state });
    const query = decodeURIComponent(server.requests[0]);
    expect(query).toContain('GewijzigdOp ge 2025-07-08T09:00:00+02:00');
    expect(query).toContain('Document/any(d:d/GewijzigdOp ge 2025-07-08T09:00:00+02:00)');
    expect(second.changed).toBe(1);
    expect(second.deleted).toBe(1);
    expect(second.corpus.documents.map((d) => d.zaak)).toEqual([
      '2013Z01234',
      '2025Z10400',
      '2025Z11020',
      '2025Z14000',
    ]);
    expect(second.state.lastModified).toBe('2025-07-10T09:00:00+02:00');
  });
});
