// The extension APIs the content scripts need, without webextension-polyfill: it
// would add about 3 KB gzip to every LinkedIn page, against an 8 KB budget. Firefox
// provides `browser`; Chrome's MV3 `chrome.runtime.sendMessage` already returns a promise.
import type { MessageKey } from '../generated/message-keys';
import type { Message } from '../protocol/messages';

type Listener = (message: unknown) => void;

interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

const api = ((globalThis as { browser?: ContentApi }).browser ?? (globalThis as unknown as { chrome: ContentApi }).chrome) as ContentApi;

/** Send one message to the worker; the answer is unchecked data to validate. */
export const send = (message: Message): Promise<unknown> => api.runtime.sendMessage(message);

/** Listen to what the worker sends this tab (unchecked data); returns the stop. */
export function listen(listener: Listener): () => void {
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}

/** A translated text (the key itself when missing, so a gap shows). */
export const t = (key: MessageKey, ...substitutions: string[]): string => api.i18n.getMessage(key, substitutions) || key;
