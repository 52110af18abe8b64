/**
 * In-page UI goes into shadow roots made by WXT's createShadowRootUi, so page CSS cannot break it
 * and ours cannot leak into the page. CSS is passed as text (cssInjectionMode "manual"): the
 * "ui" mode would fetch it from a web-accessible file, which would let pages detect the
 * extension. WXT would put the text in a <style>, which a page's CSP can block (Firefox); we
 * adopt it as a constructed stylesheet instead (./shadow-styles.ts). `inheritStyles` is on
 * because page-ui.css starts with its own `:host` reset.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { MountShadow } from './page-context';
import { adoptStyles } from './shadow-styles';

/**
 * Host element names get a suffix the page cannot know: a page that defines a custom element
 * under our name ("kamerlezer-panel") would otherwise have its constructor run, in the page,
 * when our host is connected (measured: a throwing one was a page error). Tests and styles
 * find the hosts by their data-kamerlezer attribute.
 */
const SUFFIX = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) =>
  String.fromCharCode(97 + (b % 26)),
).join('');

export function shadowMounter(ctx: ContentScriptContext): MountShadow {
  return async ({ name, anchor, append, css, attributes, render }) => {
    const ui = await createShadowRootUi<() => void>(ctx, {
      name: `${name}-${SUFFIX}`,
      position: 'inline',
      anchor,
      append,
      // Styles are adopted below, not handed to WXT's <style>.
      css: '',
      inheritStyles: true,
      // Keys typed in our UI must not trigger the page's shortcuts.
      isolateEvents: true,
      onMount: (container, _shadow, host) => {
        for (const [key, value] of Object.entries(attributes)) host.setAttribute(key, value);
        return render(container);
      },
      onRemove: (cleanup) => cleanup?.(),
    });
    adoptStyles(ui.shadow, css);
    ui.mount();
    return { host: ui.shadowHost, remove: () => ui.remove() };
  };
}
