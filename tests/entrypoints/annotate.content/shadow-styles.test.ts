// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { adoptStyles } from '../../../entrypoints/annotate.content/shadow-styles';

function shadowRoot(): ShadowRoot {
  const host = document.createElement('kamerlezer-test');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

afterEach(() => vi.unstubAllGlobals());

describe('shadow-root styles', () => {
  test('adopted as one constructed sheet shared by every shadow root, with no style element', () => {
    const css = ':host { display: block; } .panel { color: rgb(1, 2, 3); }';
    const a = shadowRoot();
    const b = shadowRoot();
    expect(adoptStyles(a, css)).toBe('adopted');
    expect(adoptStyles(b, css)).toBe('adopted');
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  test('without constructable stylesheets, a style element holds the CSS', () => {
    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        constructor() {
          throw new TypeError('Illegal constructor');
        }
      },
    );
    const root = shadowRoot();
    expect(adoptStyles(root, '.other { color: red; }')).toBe('style-element');
    expect(root.querySelector('style')?.textContent).toBe('.other { color: red; }');
  });
});
