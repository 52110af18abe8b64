/**
 * Typed send/handle over browser.runtime messaging (see ./protocol.ts).
 * Handlers reply through sendResponse + `return true`, which every browser (and WXT's
 * fake-browser) honours, rather than returning a promise.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {}

export async function send<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { kamerlezer: name, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<N> | undefined;
  if (!reply) throw new MessageError(`No answer to ${name}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.result;
}

export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

/** Install the background's handlers. Messages for names without a handler are left alone. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const envelope = message as Partial<Envelope> | null;
    const name = envelope?.kamerlezer;
    if (!name || !(name in handlers)) return undefined;
    const handler = handlers[name] as (p: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(envelope.payload))
      .then(
        (result) => sendResponse({ ok: true, result }),
        (error: unknown) =>
          sendResponse({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
    return true;
  });
}
