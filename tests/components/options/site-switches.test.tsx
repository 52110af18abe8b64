// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { SiteSwitchSection, type SiteSwitchApi } from '../../../components/options/site-switches';
import {
  annotationOn,
  parseSiteSwitches,
  siteOf,
  type SiteSwitches,
} from '../../../utils/extension/site-switch';

const settle = () => new Promise((r) => setTimeout(r, 10));

function mount(initial: unknown, language: 'nl' | 'en' = 'nl') {
  const saved: SiteSwitches[] = [];
  const api: SiteSwitchApi = {
    load: async () => parseSiteSwitches(initial),
    save: async (switches) => void saved.push(switches),
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <I18nProvider language={language}>
      <SiteSwitchSection api={api} />
    </I18nProvider>,
    root,
  );
  return { root, saved };
}

describe('site switches (pure)', () => {
  test('every site is on unless stored as false; damaged values switch nothing off', () => {
    expect(parseSiteSwitches(undefined)).toEqual({
      tweedekamer: true,
      officielebekendmakingen: true,
      rijksoverheid: true,
    });
    expect(parseSiteSwitches('off')).toEqual({
      tweedekamer: true,
      officielebekendmakingen: true,
      rijksoverheid: true,
    });
    expect(parseSiteSwitches({ rijksoverheid: false, tweedekamer: 0 })).toEqual({
      tweedekamer: true,
      officielebekendmakingen: true,
      rijksoverheid: false,
    });
  });

  test('a URL belongs to its site on every host under the domain, and nowhere else', () => {
    expect(siteOf('https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html')).toBe(
      'officielebekendmakingen',
    );
    expect(siteOf('https://www.officielebekendmakingen.nl/kst-26643-1315.html')).toBe(
      'officielebekendmakingen',
    );
    expect(siteOf('https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=1')).toBe(
      'tweedekamer',
    );
    expect(siteOf('https://nottweedekamer.nl/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    const off = parseSiteSwitches({ tweedekamer: false });
    expect(annotationOn(off, 'https://www.tweedekamer.nl/kamerstukken/detail?id=1')).toBe(false);
    expect(
      annotationOn(off, 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/01/01/x'),
    ).toBe(true);
  });
});

describe('the options section', () => {
  test('one labelled switch per site, reflecting storage; toggling saves the new state', async () => {
    const { root, saved } = mount({ officielebekendmakingen: false });
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox][role=switch]')];
    // The stored value arrives asynchronously.
    await vi.waitFor(() => expect(boxes[1].checked).toBe(false));
    expect(boxes.map((b) => root.querySelector(`label[for="${b.id}"]`)?.textContent)).toEqual([
      'tweedekamer.nl',
      'officielebekendmakingen.nl',
      'rijksoverheid.nl',
    ]);
    expect(boxes.map((b) => b.checked)).toEqual([true, false, true]);
    expect(root.querySelector('h2')?.textContent).toBe('Annotaties op de officiële sites');
    boxes[0].click();
    await vi.waitFor(() =>
      expect(saved.at(-1)).toEqual({
        tweedekamer: false,
        officielebekendmakingen: false,
        rijksoverheid: true,
      }),
    );
    await settle();
    boxes[1].click();
    await vi.waitFor(() =>
      expect(saved.at(-1)).toEqual({
        tweedekamer: false,
        officielebekendmakingen: true,
        rijksoverheid: true,
      }),
    );
  });

  test('English labels when the reader chose English', async () => {
    const { root } = mount(undefined, 'en');
    await vi.waitFor(() =>
      expect(root.querySelector('h2')?.textContent).toBe('Annotations on the official sites'),
    );
    expect(root.querySelector('legend')?.textContent).toBe('Annotate on');
  });
});
