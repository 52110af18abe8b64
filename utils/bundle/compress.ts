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

/** Thrown by gunzipCapped when the output passes the cap (the stream is cancelled there). */
export class UnpackedTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`unpacks to more than ${limit} bytes`);
  }
}

/**
 * gunzip that stops as soon as the output passes `maxBytes`: a gzip bomb (a few megabytes that
 * unpack to gigabytes) costs at most `maxBytes` of memory and the time to inflate that much.
 */
export async function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed in small slices, each written only when the output before it was read: Chromium inflates
  // a whole input chunk at once, so one 2 MB chunk of a bomb would become 2 GB before the first
  // read could stop it. A slice of 8 kB inflates to at most ≈ 8 MB (deflate's limit is 1032:1).
  let stop = false;
  const feed = (async () => {
    for (let at = 0; at < bytes.byteLength && !stop; at += INPUT_SLICE) {
      await writer.ready;
      if (stop) break;
      await writer.write(
        bytes.subarray(at, Math.min(at + INPUT_SLICE, bytes.byteLength)) as Uint8Array<ArrayBuffer>,
      );
    }
    if (!stop) await writer.close();
  })();
  // Errors surface through the reader; keep the feeding promise from being "unhandled".
  feed.catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new UnpackedTooLarge(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    stop = true;
    await reader.cancel().catch(() => {});
    await writer.abort().catch(() => {});
    throw error;
  }
  await feed;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const INPUT_SLICE = 8 * 1024;
