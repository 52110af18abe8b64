/**
 * The only URLs the extension turns into links from corpus data: http(s). A sync source is
 * outside our control, and a `javascript:` (or `data:`, `vbscript:`) URL in a reference would
 * become a link that runs script in the page the panel sits in when clicked. Anything else is
 * dropped, and the caller falls back to the official page it can build itself.
 */
export function linkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
}
