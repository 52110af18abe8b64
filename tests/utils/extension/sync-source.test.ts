import { describe, expect, test } from 'vitest';
import { checkSyncSource } from '../../../utils/extension/sync-source';

describe('checkSyncSource', () => {
  test('https URLs pass, with a host pattern for the permission request', () => {
    expect(checkSyncSource('  https://data.example.nl/kamerlezer/manifest.json ')).toEqual({
      ok: true,
      url: 'https://data.example.nl/kamerlezer/manifest.json',
      permission: 'https://data.example.nl/*',
    });
  });

  test('plain http only for a local server, on any port', () => {
    expect(checkSyncSource('http://localhost:8080/bundle/manifest.json')).toMatchObject({
      ok: true,
      permission: 'http://localhost/*',
    });
    expect(checkSyncSource('http://127.0.0.1:9000/m.json')).toMatchObject({
      ok: true,
      permission: 'http://127.0.0.1/*',
    });
    expect(checkSyncSource('http://data.example.nl/manifest.json')).toEqual({
      ok: false,
      reason: 'insecure',
    });
  });

  test('empty, malformed, other schemes and credentials are refused', () => {
    expect(checkSyncSource('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkSyncSource('data.example.nl')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSyncSource('javascript:alert(1)')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSyncSource('ftp://example.nl/x')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSyncSource('https://user:secret@example.nl/x')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
