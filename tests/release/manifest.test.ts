/**
 * Least privilege, checked on the built manifests (run after `wxt build`): every permission is
 * one we listed with its reason in README.md, content scripts run on the official sites only,
 * sync origins are optional (asked for when the user sets a source), nothing is web-accessible
 * (that would make the extension detectable by pages), and the CSP is not loosened.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MATCHES, OFFICIAL_HOSTS } from '../../utils/sites/official-sites';

const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'sidePanel', 'tabs'];
const SYNC_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

const readme = readFileSync('README.md', 'utf8');

function manifest(dir: string) {
  const path = `.output/${dir}/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} missing: run the builds first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

function hostOf(pattern: string): string {
  return new URL(pattern.replace('*://', 'https://').replace(/\*$/, '')).host;
}

describe.each([
  ['chrome-mv3', 'chrome'],
  ['firefox-mv2', 'firefox'],
])('%s manifest', (dir, browser) => {
  const m = manifest(dir);
  const permissions: string[] = m.permissions ?? [];
  const hostPatterns = [
    ...(m.host_permissions ?? []),
    ...permissions.filter((p) => p.includes('/')),
  ];

  test('asks only for the permissions the README explains', () => {
    for (const permission of permissions.filter((p) => !p.includes('/'))) {
      expect(ALLOWED_PERMISSIONS).toContain(permission);
      expect(readme).toContain(`\`${permission}\``);
    }
  });

  test('content scripts and host access cover the official sites only', () => {
    const matches: string[] = (m.content_scripts ?? []).flatMap(
      (c: { matches: string[] }) => c.matches,
    );
    for (const pattern of [...matches, ...hostPatterns]) {
      expect(OFFICIAL_HOSTS).toContain(hostOf(pattern));
    }
    // The built manifest runs the content script on every pattern of the sites table.
    expect([...new Set(matches)].sort()).toEqual([...new Set(MATCHES)].sort());
  });

  test('sync origins are optional, never granted at install', () => {
    const optional: string[] =
      browser === 'chrome' ? m.optional_host_permissions : m.optional_permissions;
    expect(optional.filter((p) => p.includes('/')).sort()).toEqual([...SYNC_ORIGINS].sort());
    for (const origin of SYNC_ORIGINS) expect(hostPatterns).not.toContain(origin);
  });

  test('notifications are optional (asked when the reader turns them on), never at install', () => {
    expect(permissions).not.toContain('notifications');
    const optional: string[] = m.optional_permissions ?? [];
    expect(optional).toContain('notifications');
    // Only documented optional API permissions besides the sync origins.
    expect(optional.filter((p) => !p.includes('/'))).toEqual(['notifications']);
    expect(readme).toContain('`notifications`');
  });

  test('nothing is web-accessible and the CSP is not loosened', () => {
    expect(m.web_accessible_resources ?? []).toEqual([]);
    const csp = JSON.stringify(m.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
