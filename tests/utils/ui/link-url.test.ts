import { expect, test } from 'vitest';
import { linkUrl } from '../../../utils/ui/link-url';

test('http(s) URLs pass as written', () => {
  expect(linkUrl('https://zoek.officielebekendmakingen.nl/kst-26643-1315.html')).toBe(
    'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
  );
  expect(linkUrl('http://localhost:8080/a?b=c')).toBe('http://localhost:8080/a?b=c');
});

test('script and data URLs, in any spelling, and non-URLs are dropped', () => {
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'kst-26643-1315.html',
    '',
    null,
    undefined,
  ]) {
    expect(linkUrl(url), String(url)).toBeNull();
  }
});
