/**
 * Segments travel inside JSON shard files (the bundle) and are stored as they arrive, so their
 * binary parts are base64 strings: JSON.stringify would turn a Uint32Array into an object with
 * one key per element. Decoding is lazy (see loaded-segment.ts), and posting lists are never
 * decoded as a whole: a cursor reads their varints straight from the base64 text.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(ALPHABET.length).map((_, i) => ALPHABET.charCodeAt(i));
const VALUES = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = CODES[n >>> 18];
    out[o++] = CODES[(n >>> 12) & 63];
    out[o++] = CODES[(n >>> 6) & 63];
    out[o++] = CODES[n & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = CODES[n >>> 18];
    out[o++] = CODES[(n >>> 12) & 63];
    out[o++] = rest === 2 ? CODES[(n >>> 6) & 63] : 61; // '='
    out[o++] = 61;
  }
  return new TextDecoder().decode(out);
}

export function decodeBase64(text: string): Uint8Array {
  let length = (text.length / 4) * 3;
  if (text.endsWith('==')) length -= 2;
  else if (text.endsWith('=')) length -= 1;
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (VALUES[text.charCodeAt(i)] << 18) |
      (VALUES[text.charCodeAt(i + 1)] << 12) |
      (VALUES[text.charCodeAt(i + 2)] << 6) |
      VALUES[text.charCodeAt(i + 3)];
    if (o < length) out[o++] = n >>> 16;
    if (o < length) out[o++] = (n >>> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}

/** Bytes a base64 string decodes to, without decoding it. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

type Numeric = Uint8Array | Uint16Array | Uint32Array | Float32Array;

/** Typed arrays are stored little-endian, which is what every engine we run on uses natively. */
export function encodeArray(array: Numeric): string {
  return encodeBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

export function decodeUint32(text: string): Uint32Array {
  const bytes = decodeBase64(text);
  return new Uint32Array(bytes.buffer, 0, bytes.length >>> 2);
}

export function decodeUint16(text: string): Uint16Array {
  const bytes = decodeBase64(text);
  return new Uint16Array(bytes.buffer, 0, bytes.length >>> 1);
}

export function decodeFloat32(text: string): Float32Array {
  const bytes = decodeBase64(text);
  return new Float32Array(bytes.buffer, 0, bytes.length >>> 2);
}

export function decodeUint8(text: string): Uint8Array {
  return decodeBase64(text);
}

/** Appends unsigned varints (7 bits a byte, low first) to a growable byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Reads one posting list (unit, tf pairs) straight out of a base64 string: each entry is a
 * varint of (unit delta << 1 | tf>1), followed by a tf byte when tf > 1.
 */
export class PostingCursor {
  unit = 0;
  tf = 1;
  private byte = 0;
  private end = 0;
  private chunk = -1;
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;

  constructor(private readonly text: string) {}

  /** Position on the list held in bytes [start, end). */
  reset(start: number, end: number): this {
    this.byte = start;
    this.end = end;
    this.unit = 0;
    this.tf = 1;
    return this;
  }

  private readByte(): number {
    const pos = this.byte++;
    const chunk = (pos / 3) | 0;
    if (chunk !== this.chunk) {
      this.chunk = chunk;
      const t = this.text;
      const c = chunk * 4;
      const n =
        (VALUES[t.charCodeAt(c)] << 18) |
        (VALUES[t.charCodeAt(c + 1)] << 12) |
        (VALUES[t.charCodeAt(c + 2)] << 6) |
        VALUES[t.charCodeAt(c + 3)];
      this.b0 = n >>> 16;
      this.b1 = (n >>> 8) & 255;
      this.b2 = n & 255;
    }
    const within = pos - chunk * 3;
    return within === 0 ? this.b0 : within === 1 ? this.b1 : this.b2;
  }

  next(): boolean {
    if (this.byte >= this.end) return false;
    let value = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.readByte();
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    this.unit += Math.floor(value / 2);
    this.tf = value % 2 === 1 ? this.readByte() : 1;
    return true;
  }
}
