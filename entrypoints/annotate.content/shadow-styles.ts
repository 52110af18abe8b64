/**
 * CSS for our shadow roots. A <style> that a content script inserts can be blocked by the page's
 * Content-Security-Policy (style-src without 'unsafe-inline'): Firefox applies the page's CSP to
 * it (bugzilla 1267027), and without its `:host` rules the panel would land unstyled in the page
 * flow, pushing the text down. A constructed stylesheet adopted by the shadow root is not subject
 * to the page's CSP (CSP governs style elements, style attributes and fetched sheets, not
 * CSSOM), and one sheet, parsed once, serves every shadow root on the page (the panel and a
 * marker per question). Where constructable stylesheets are missing or adoption does not take,
 * a <style> element is the fallback.
 */
const sheets = new Map<string, CSSStyleSheet>();

export type StyleMethod = 'adopted' | 'style-element';

export function adoptStyles(shadow: ShadowRoot, css: string): StyleMethod {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    // Read through a widened type: engines without the feature leave the property undefined.
    const adopted = shadow.adoptedStyleSheets as readonly CSSStyleSheet[] | undefined;
    if (adopted === undefined) throw new Error('no adoptedStyleSheets');
    shadow.adoptedStyleSheets = [...adopted, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return 'adopted';
  } catch {
    // Fall back to a style element below.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return 'style-element';
}
