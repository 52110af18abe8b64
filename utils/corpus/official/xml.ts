/**
 * A small, defensive XML reader for the officielebekendmakingen publications: elements,
 * attributes, text, CDATA, comments, processing instructions, a DOCTYPE and the predefined and
 * numeric entities. No DTD, no namespaces beyond keeping the prefix in the name. It runs in Node
 * and in a service worker (no DOMParser there), and it is strict where that matters to us: a
 * truncated file (an element left open at the end) or a tag that closes the wrong element is an
 * error, so a cut download is never read as a shorter document.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// A few HTML entities occur in hand-edited publications; keep them rather than fail.
const LENIENT: Record<string, string> = { nbsp: '\u00a0', euro: '€', ndash: '–', mdash: '—' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[body] ?? LENIENT[body] ?? whole;
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTR = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** Parse a whole document; returns the root element. Throws XmlError on malformed input. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = text.slice(i, end);
      if (stack.length > 1) stack[stack.length - 1].children.push(decodeEntities(raw));
      else if (raw.trim() !== '') throw new XmlError('text outside the root element', i);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) throw new XmlError('unterminated comment', i);
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) throw new XmlError('unterminated CDATA section', i);
      if (stack.length > 1) stack[stack.length - 1].children.push(text.slice(i + 9, close));
      i = close + 3;
    } else if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) throw new XmlError('unterminated processing instruction', i);
      i = close + 2;
    } else if (text.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in [...].
      let j = i + 2;
      let depth = 0;
      for (; j < n; j++) {
        const c = text[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= n) throw new XmlError('unterminated declaration', i);
      i = j + 1;
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) throw new XmlError('malformed closing tag', i);
      const close = text.indexOf('>', NAME.lastIndex);
      if (close < 0) throw new XmlError(`unterminated closing tag </${m[0]}`, i);
      const open = stack.pop();
      if (!open || open === root || open.name !== m[0])
        throw new XmlError(`</${m[0]}> closes <${open?.name ?? 'nothing'}>`, i);
      i = close + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) throw new XmlError('malformed tag', i);
      const el: XmlElement = { name: m[0], attrs: {}, children: [] };
      let j = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(text);
        if (!a) break;
        el.attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
        j = ATTR.lastIndex;
      }
      while (j < n && /\s/.test(text[j])) j++;
      let selfClosing = false;
      if (text[j] === '/' && text[j + 1] === '>') {
        selfClosing = true;
        j += 2;
      } else if (text[j] === '>') j += 1;
      else throw new XmlError(j >= n ? `unterminated tag <${m[0]}` : `malformed tag <${m[0]}`, i);
      const parent = stack[stack.length - 1];
      if (parent === root && root.children.some((c) => typeof c !== 'string'))
        throw new XmlError('a second root element', i);
      parent.children.push(el);
      if (!selfClosing) stack.push(el);
      i = j;
    }
  }
  if (stack.length > 1)
    throw new XmlError(`truncated: <${stack[stack.length - 1].name}> is never closed`, n);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('no root element', 0);
  return top;
}

/** Child elements, optionally by name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (!name || c.name === name)) out.push(c);
  return out;
}

/** All descendants named `name` (document order), not descending into matches. */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export function findFirst(el: XmlElement, name: string): XmlElement | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const deep = findFirst(c, name);
    if (deep) return deep;
  }
  return null;
}

/** Text content with whitespace runs collapsed. */
export function textOf(node: XmlNode, skip?: (el: XmlElement) => boolean): string {
  const parts: string[] = [];
  const walk = (n: XmlNode) => {
    if (typeof n === 'string') parts.push(n);
    else if (!skip || !skip(n)) n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
