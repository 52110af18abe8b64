/** Parse a fixture page into a Document (happy-dom's DOMParser, set up by the test environment). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function fixtureHtml(name: string): string {
  return readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
}

export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}
