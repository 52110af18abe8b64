/**
 * gzip on the Compression Streams API (Node ≥ 18, Chromium, Firefox, service workers). Shards are
 * stored compressed: a 50,000-set corpus is ~400 MB of JSON but ~5× less on the wire, whatever
 * the server does, and the sha256 covers exactly the bytes fetched.
 */

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('gzip'));
}

export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('gzip'));
}
