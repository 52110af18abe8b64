import { describe, expect, it } from 'vitest';
import {
  checkContent,
  decodeBody,
  PoliteClient,
  retryAfterMs,
  SourceError,
} from '../../../../utils/corpus/official/http';

const response = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers });

describe('PoliteClient pieces', () => {
  it('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });

  it('a Retry-After longer than we wait is an error, not a stall', async () => {
    const client = new PoliteClient({
      fetch: async () => response(429, 'slow down', { 'retry-after': '3600' }),
      sleep: async () => {},
    });
    await expect(client.get('https://x.test/a.xml', { expect: 'xml' })).rejects.toThrow(
      new SourceError('https://x.test/a.xml', 'HTTP 429, Retry-After 3600 s is too long'),
    );
  });

  it('a 404 of an optional publication is null; of anything else an error', async () => {
    const client = new PoliteClient({ fetch: async () => response(404, 'nope') });
    expect(await client.get('https://x.test/a.xml', { expect: 'xml', optional: true })).toBeNull();
    await expect(client.get('https://x.test/a.xml', { expect: 'xml' })).rejects.toThrow(
      'https://x.test/a.xml: HTTP 404',
    );
  });

  it('content checks', () => {
    expect(() => checkContent('<!DOCTYPE html><html>', 'json', 'text/html')).toThrow(
      'an HTML page where JSON was expected',
    );
    expect(() => checkContent('<html><body>', 'xml', 'text/html')).toThrow(
      'an HTML page where XML was expected',
    );
    expect(() => checkContent('   ', 'xml', null)).toThrow('empty response');
    expect(() => checkContent('{"value":[]}', 'json', 'application/json')).not.toThrow();
  });

  it('decodes the encoding a file declares (older publications are ISO-8859-1)', () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe9,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(decodeBody(latin1, 'application/xml')).toContain('<a>é</a>');
    expect(decodeBody(new TextEncoder().encode('<a>é</a>'), 'text/xml; charset=utf-8')).toBe(
      '<a>é</a>',
    );
  });
});
