/**
 * A polite, sturdy HTTP client for the official sources, with nothing but `fetch` (Node 20 and a
 * service worker both have it):
 * - at most `concurrency` requests at a time (4 by default);
 * - a timeout per request (AbortController);
 * - retries with exponential backoff and jitter on 429, 5xx, timeouts and network errors,
 *   waiting at least what `Retry-After` asks (seconds or an HTTP date);
 * - a check that the answer is what was asked for (JSON, XML, HTML): an HTML error page where
 *   JSON or XML was expected is an error naming the URL, never data;
 * - an optional text cache (the Node side keeps it in a directory) so an interrupted run resumes
 *   without fetching again; only answers that passed their check are cached.
 */

export class SourceError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'SourceError';
  }
}

export interface TextCache {
  /** The cached text, or null; `maxAgeMs` limits how old an entry may be. */
  get(key: string, maxAgeMs?: number): Promise<string | null>;
  set(key: string, text: string): Promise<void>;
}

export type Expect = 'json' | 'xml' | 'html';

export interface ClientOptions {
  fetch?: typeof fetch;
  concurrency?: number;
  /** Attempts after the first. */
  retries?: number;
  timeoutMs?: number;
  /** First backoff; doubles per attempt, capped by maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Longest Retry-After honoured; longer ones fail the request (a polite client does not hammer). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  cache?: TextCache | null;
  userAgent?: string;
}

export interface GetOptions {
  expect: Expect;
  /** Return null on 404/410 instead of failing (a publication that is not (yet) there). */
  optional?: boolean;
  /** Cache the checked answer under this key. */
  cacheKey?: string;
  cacheMaxAgeMs?: number;
  /** Throws when the text is not usable (e.g. malformed XML); nothing is cached then. */
  validate?: (text: string) => void;
}

export interface ClientStats {
  requests: number;
  retries: number;
  cacheHits: number;
  bytes: number;
}

const RETRYABLE = (status: number) => status === 429 || status === 408 || status >= 500;

/** Retry-After in ms (delta seconds or HTTP date), or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body)\b/.test(head)
  );
}

/** Throws a one-line reason when `text` is not what `expect` asks for. */
export function checkContent(text: string, expect: Expect, contentType: string | null): void {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head === '') throw new Error('empty response');
  if (expect === 'json') {
    if (head.startsWith('<'))
      throw new Error(
        looksLikeHtml(text)
          ? 'an HTML page where JSON was expected'
          : 'XML where JSON was expected',
      );
    if (!head.startsWith('{') && !head.startsWith('['))
      throw new Error(`not JSON (${contentType ?? 'no content type'})`);
    return;
  }
  if (expect === 'xml') {
    if (looksLikeHtml(text)) throw new Error('an HTML page where XML was expected');
    if (!head.startsWith('<')) throw new Error(`not XML (${contentType ?? 'no content type'})`);
    return;
  }
  if (!head.startsWith('<')) throw new Error(`not HTML (${contentType ?? 'no content type'})`);
}

/**
 * Bytes → text in the encoding the answer declares (HTTP charset, else an XML declaration or a
 * meta charset), UTF-8 by default: older publications are ISO-8859-1.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let label = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? null;
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    label =
      /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ??
      /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
      null;
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export class PoliteClient {
  readonly stats: ClientStats = { requests: 0, retries: 0, cacheHits: 0, bytes: 0 };
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly fetchImpl: typeof fetch;
  private readonly o: Required<Omit<ClientOptions, 'fetch' | 'cache' | 'userAgent'>> & {
    cache: TextCache | null;
    userAgent: string | null;
  };

  constructor(options: ClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.o = {
      concurrency: options.concurrency ?? 4,
      retries: options.retries ?? 5,
      timeoutMs: options.timeoutMs ?? 30_000,
      backoffMs: options.backoffMs ?? 1_000,
      maxBackoffMs: options.maxBackoffMs ?? 60_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 300_000,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      cache: options.cache ?? null,
      userAgent: options.userAgent ?? null,
    };
  }

  /** Requests in flight right now (tests check the limit). */
  get inFlight(): number {
    return this.active;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.o.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.o.maxBackoffMs, this.o.backoffMs * 2 ** attempt);
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  /** GET a URL as text; null only for an `optional` 404/410. Throws SourceError. */
  async get(url: string, options: GetOptions): Promise<string | null> {
    const cache = this.o.cache;
    if (cache && options.cacheKey) {
      const hit = await cache.get(options.cacheKey, options.cacheMaxAgeMs);
      if (hit !== null) {
        try {
          options.validate?.(hit);
          this.stats.cacheHits++;
          return hit;
        } catch {
          // A damaged cache entry is fetched again.
        }
      }
    }
    const text = await this.fetchWithRetries(url, options);
    if (text !== null && cache && options.cacheKey) await cache.set(options.cacheKey, text);
    return text;
  }

  async getJson<T>(url: string, options: Omit<GetOptions, 'expect'> = {}): Promise<T> {
    let parsed: T | undefined;
    const text = await this.get(url, {
      ...options,
      expect: 'json',
      validate: (t) => {
        parsed = JSON.parse(t) as T;
        options.validate?.(t);
      },
    });
    if (text === null) throw new SourceError(url, 'not found');
    return parsed ?? (JSON.parse(text) as T);
  }

  private async fetchWithRetries(url: string, options: GetOptions): Promise<string | null> {
    let lastReason = 'no attempt';
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      let wait: number | null = null;
      await this.acquire();
      try {
        this.stats.requests++;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
        let response: Response;
        let text: string;
        try {
          const headers: Record<string, string> = {
            accept:
              options.expect === 'json'
                ? 'application/json'
                : options.expect === 'xml'
                  ? 'application/xml, text/xml'
                  : 'text/html',
          };
          if (this.o.userAgent) headers['user-agent'] = this.o.userAgent;
          response = await this.fetchImpl(url, { signal: controller.signal, headers });
          text = decodeBody(
            new Uint8Array(await response.arrayBuffer()),
            response.headers.get('content-type'),
          );
        } finally {
          clearTimeout(timer);
        }
        this.stats.bytes += text.length;
        if (response.status === 404 || response.status === 410) {
          if (options.optional) return null;
          throw new SourceError(url, `HTTP ${response.status}`);
        }
        if (RETRYABLE(response.status)) {
          lastReason = `HTTP ${response.status}`;
          const asked = retryAfterMs(response.headers.get('retry-after'));
          if (asked !== null && asked > this.o.maxRetryAfterMs)
            throw new SourceError(
              url,
              `HTTP ${response.status}, Retry-After ${Math.round(asked / 1000)} s is too long`,
            );
          wait = Math.max(asked ?? 0, this.backoff(attempt));
        } else if (!response.ok) {
          throw new SourceError(url, `HTTP ${response.status}`);
        } else {
          try {
            checkContent(text, options.expect, response.headers.get('content-type'));
            options.validate?.(text);
          } catch (error) {
            throw new SourceError(
              url,
              error instanceof Error ? error.message.split('\n')[0] : String(error),
            );
          }
          return text;
        }
      } catch (error) {
        if (error instanceof SourceError) throw error;
        const aborted = error instanceof Error && error.name === 'AbortError';
        lastReason = aborted
          ? `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`
          : `unreachable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
        wait = this.backoff(attempt);
      } finally {
        this.release();
      }
      if (attempt < this.o.retries) {
        this.stats.retries++;
        await this.o.sleep(wait ?? 0);
      }
    }
    throw new SourceError(url, `${lastReason}, after ${this.o.retries + 1} attempts`);
  }
}
