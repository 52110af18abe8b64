/**
 * Typed send/handle over browser.runtime messaging (see ./protocol.ts).
 * Handlers reply through sendResponse + `return true`, which every browser (and WXT's
 * fake-browser) honours, rather than returning a promise.
 */
import { browser } from 'wxt/browser';
import type {
  Envelope,
  MessageName,
  Reply,
  ReplyErrorCode,
  RequestOf,
  ResponseOf,
} from './protocol';

export class MessageError extends Error {
  constructor(
    message: string,
    /** Set when the background classified the failure (see ReplyErrorCode). */
    readonly code?: ReplyErrorCode,
  ) {
    super(message);
  }
}

/** The request failed because the browser gives the extension no IndexedDB here. */
export function isStorageUnavailableError(error: unknown): boolean {
  return error instanceof MessageError && error.code === 'storage-unavailable';
}

export async function send<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { kamerlezer: name, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<N> | undefined;
  if (!reply) throw new MessageError(`No answer to ${name}`);
  if (!reply.ok) throw new MessageError(reply.error, reply.code);
  return reply.result;
}

export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

/**
 * Install the background's handlers. Messages for names without a handler are left alone.
 * `errorCode` classifies a failure for the pages (e.g. no IndexedDB in a private window).
 */
export function handleMessages(
  handlers: Handlers,
  errorCode: (error: unknown) => ReplyErrorCode | undefined = () => undefined,
): void {
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
            code: errorCode(error),
          }),
      );
    return true;
  });
}
