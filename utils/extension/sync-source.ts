/**
 * Check a sync source URL typed in the options page. Only https is accepted, except a local
 * server (http://localhost, http://127.0.0.1) for people who build their own bundle. The
 * result carries the host-permission pattern to request, which must be one of the manifest's
 * optional_host_permissions.
 */
export type SyncSourceCheck =
  | { ok: true; url: string; permission: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'insecure' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export function checkSyncSource(input: string): SyncSourceCheck {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'https:')
    return { ok: true, url: url.href, permission: `https://${url.hostname}/*` };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) {
    // Match patterns ignore the port, so one pattern covers every local port.
    return { ok: true, url: url.href, permission: `http://${url.hostname}/*` };
  }
  return { ok: false, reason: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}
