/**
 * Hashes the bundle needs, on WebCrypto (present in Node ≥ 20, browsers and service workers),
 * so the writer and the reader share one implementation.
 */

const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
  return hex;
}

/** sha256 of text (as UTF-8) or bytes, lowercase hex. */
export async function sha256Hex(data: string | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}
