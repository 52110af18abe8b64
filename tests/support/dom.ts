/**
 * A light DOM (linkedom) for component tests: render a Preact tree, fire events, wait for
 * effects and promises. Focus and layout are not modelled; those are checked in Chromium.
 */
import { parseHTML } from 'linkedom';
import { options, render, type ComponentChildren } from 'preact';

const { document, window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
Object.assign(globalThis, {
  document,
  window,
  HTMLElement: window.HTMLElement,
  Event: window.Event,
});
// Without requestAnimationFrame Preact runs effects after a ~35 ms timer; run them next tick.
(options as { requestAnimationFrame?: (cb: () => void) => void }).requestAnimationFrame = (cb) =>
  setTimeout(cb);

export function mount(tree: ComponentChildren): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(tree, root);
  return root as unknown as HTMLElement;
}

export function unmount(root: HTMLElement): void {
  render(null, root);
  root.remove();
}

export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

export function fire(element: Element, type: string, init: Record<string, unknown> = {}): void {
  const event = new window.Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, init);
  element.dispatchEvent(event);
}

export function typeInto(input: Element, value: string): void {
  (input as HTMLInputElement).value = value;
  fire(input, 'input');
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
}
