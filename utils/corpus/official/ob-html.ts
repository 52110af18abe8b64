/**
 * Fallback when a publication's XML is missing or unreadable: its HTML page
 * (`<base><id>.html`). The body sits in `div.stuk` (or `main`), questions as "Vraag N" headings
 * (an `h2.stuktitel` or a line of its own) followed by paragraphs, answers after "Antwoord N"
 * headings (`h2` or `p.nummer`), footnotes in `div#noten` glued as digits to words in the text.
 * Read as lines of text, so it does not depend on one selector; footnote markers are removed the
 * way the seed parser removes them (footnotes.ts).
 */
import { stripFootnotes } from '../footnotes';
import { decodeEntities } from './xml';
import { dutchDate, headingNumbers, type ObPublication } from './ob-xml';

const BLOCK = /<\/?(p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|header|footer)\b[^>]*>/gi;

function pageLines(html: string): string[] {
  let body = html;
  const stuk = /<div[^>]*class="[^"]*\bstuk\b[^"]*"[^>]*>/i.exec(html);
  if (stuk) body = html.slice(stuk.index);
  else {
    const main = /<main\b[^>]*>/i.exec(html);
    if (main) body = html.slice(main.index);
  }
  body = body
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const noten = /<div[^>]*id="noten"/i.exec(body);
  const text = (noten ? body.slice(0, noten.index) : body)
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

export function readObHtml(html: string): ObPublication {
  const lines = pageLines(html);
  const pub: ObPublication = {
    heading: null,
    answerHeading: null,
    remark: null,
    submittedOn: null,
    answeredOn: null,
    questions: [],
    answers: [],
    notes: [],
  };
  let current: { kind: 'q' | 'a'; numbers: number[]; paragraphs: string[] } | null = null;
  const flush = () => {
    if (!current || current.paragraphs.length === 0) return;
    const footnotes: number[] = [];
    const paragraphs = current.paragraphs.map((p) => {
      const s = stripFootnotes(p);
      footnotes.push(...s.footnotes);
      return s.text;
    });
    if (current.kind === 'q') {
      const number = current.numbers[0] ?? pub.questions.length + 1;
      if (!pub.questions.some((q) => q.number === number))
        pub.questions.push({ number, text: paragraphs.join(' '), footnotes });
    } else pub.answers.push({ numbers: current.numbers, text: paragraphs.join('\n\n'), footnotes });
  };
  for (const line of lines) {
    if (/^naar boven$/i.test(line)) break;
    const numbers = line.length < 60 ? headingNumbers(line) : [];
    if (numbers.length > 0 && /^(vraag|vragen)\b/i.test(line)) {
      flush();
      current = { kind: 'q', numbers, paragraphs: [] };
      continue;
    }
    if (numbers.length > 0 && /^antwoord/i.test(line)) {
      flush();
      current = { kind: 'a', numbers, paragraphs: [] };
      continue;
    }
    if (!pub.heading && /^vragen van (het lid|de leden)/i.test(line)) {
      pub.heading = line;
      pub.submittedOn = /ingezonden/i.test(line)
        ? dutchDate(line.slice(line.search(/ingezonden/i)))
        : null;
      continue;
    }
    if (!pub.answerHeading && /^antwoord van/i.test(line)) {
      pub.answerHeading = line;
      pub.answeredOn = /ontvangen/i.test(line)
        ? dutchDate(line.slice(line.search(/ontvangen/i)))
        : null;
      continue;
    }
    if (!current && /^mededeling van/i.test(line)) {
      pub.remark = line;
      continue;
    }
    if (current) current.paragraphs.push(line);
  }
  flush();
  return pub;
}
