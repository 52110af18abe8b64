/**
 * Parse throughput on a synthesised ~40 MB corpus (goal ≥ 30 MB/s), beside a naive baseline in
 * the same run: a straightforward parse that runs one regular expression per line for each thing
 * it looks for (header, question, footnote markers) and builds the same record shape, without
 * references, ids or checks. The ratio holds on a loaded machine where absolute figures do not.
 */
import { readFileSync } from 'node:fs';
import { versusGoal, type BenchContext, type BenchFigures } from '../context';
import { ensureSynthCorpus } from '../synth-corpus';
import { parseCorpus } from '../../../utils/corpus/parse';

/** About 40 MB at the generator's ~2.9 kB a set. */
const SETS = 14_000;

interface NaiveSet {
  title: string;
  submitters: string[];
  addressees: string[];
  questions: { text: string; answer: string | null }[];
}

function naiveParse(text: string): NaiveSet[] {
  const lines = text.split(/\r?\n/);
  const sets: NaiveSet[] = [];
  let current: NaiveSet | null = null;
  let run: { text: string; answer: string | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (
      /^[^|].* \|$/.test(line) &&
      /^\|$/.test(lines[i + 1] ?? '') &&
      / \|$/.test(lines[i + 2] ?? '')
    ) {
      current = {
        title: line.replace(/ \|$/, ''),
        submitters: lines[i + 2].replace(/ \|$/, '').split(/\s*,\s*/),
        addressees: (lines[i + 4] ?? '').replace(/ \|$/, '').split(/\s*,\s*/),
        questions: [],
      };
      sets.push(current);
      run = [];
      i += 5;
      if (/^!\[/.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    if (!current || /^\s*$/.test(line)) continue;
    const clean = line
      .replace(/(\?|\.|,)(\d{1,3})(?=\s|$)/g, '$1')
      .replace(/([a-z]{3})(\d{1,3})(?=[\s.,;:?]|$)/g, '$1');
    if (/\?\s*$/.test(clean)) {
      if (run.length > 0 && run[0].answer !== null) run = [];
      const q = { text: clean, answer: null as string | null };
      current.questions.push(q);
      run.push(q);
    } else for (const q of run) q.answer = q.answer === null ? clean : `${q.answer}\n\n${clean}`;
  }
  return sets;
}

function best(runs: number, f: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

export default async function parseBench(ctx: BenchContext): Promise<BenchFigures> {
  const file = await ensureSynthCorpus(ctx, SETS);
  const text = readFileSync(file, 'utf8');
  const mb = Buffer.byteLength(text) / 1e6;
  let sets = 0;
  let questions = 0;
  let warnings = 0;
  const parseMs = best(2, () => {
    const corpus = parseCorpus(text, file);
    sets = corpus.documents.length;
    questions = corpus.documents.reduce((n, d) => n + d.questions.length, 0);
    warnings = corpus.documents.reduce((n, d) => n + d.warnings.length, corpus.warnings.length);
  });
  let naiveSets = 0;
  const naiveMs = best(2, () => {
    naiveSets = naiveParse(text).length;
  });
  const parse_mb_s = mb / (parseMs / 1000);
  const parse_naive_mb_s = mb / (naiveMs / 1000);
  ctx.log(
    `  corpus: ${mb.toFixed(1)} MB, ${sets} sets (naive reader: ${naiveSets}), ${questions} questions, ${warnings} warnings`,
  );
  ctx.log(
    `  parseCorpus: ${parseMs.toFixed(0)} ms = ${versusGoal(Math.round(parse_mb_s * 10) / 10, { min: 30 }, 'MB/s')}`,
  );
  ctx.log(
    `  naive regex-per-line parse: ${naiveMs.toFixed(0)} ms = ${parse_naive_mb_s.toFixed(1)} MB/s (no references, ids or checks)`,
  );
  return {
    parse_mb_s: Math.round(parse_mb_s * 10) / 10,
    parse_naive_mb_s: Math.round(parse_naive_mb_s * 10) / 10,
    parse_mb: Math.round(mb * 10) / 10,
    parse_sets: sets,
    parse_questions: questions,
  };
}

// Throughput does not depend on the index size: measured once, on its own ~40 MB corpus.
parseBench.sizeIndependent = true;
