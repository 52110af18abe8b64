/**
 * Component tests render into happy-dom (the test file says `// @vitest-environment happy-dom`,
 * as the site-adapter tests do): render a Preact tree, fire events, read texts. Mounting and
 * events run inside Preact's `act`, so the renders and effects they cause are done when they
 * return; what arrives later (an answer from the fake API) is awaited with `vi.waitFor` on the
 * very thing the test asserts. Focus and layout are not modelled; those are checked in Chromium.
 */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';

export function mount(tree: ComponentChildren): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  void act(() => render(tree, root));
  return root;
}

export function unmount(root: HTMLElement): void {
  void act(() => render(null, root));
  root.remove();
}

export function fire(element: Element, type: string, init: Record<string, unknown> = {}): void {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, init);
  void act(() => void element.dispatchEvent(event));
}

export function typeInto(input: Element, value: string): void {
  (input as HTMLInputElement).value = value;
  fire(input, 'input');
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
}
