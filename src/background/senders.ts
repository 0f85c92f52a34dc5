// Who sends. The worker talks to this extension's own pages, to its content scripts in tabs
// of the service whose host it holds from install (LinkedIn), and to its content scripts on
// the other services' sites (which run only where the user granted the host); every other
// sender is ignored, with a reason. What each kind may send: src/protocol/messages.ts.
import type { Sender } from '../protocol/messages';
import { serviceAt } from '../services';

interface SenderInfo {
  id?: string;
  url?: string;
  /** The sending document's origin: Chromium fills it, Firefox does not. */
  origin?: string;
  tab?: { id?: number };
}

export function classifySender(sender: SenderInfo, own: { id: string; origin: string }): { kind: Sender; origin: string } | { reason: string } {
  if (sender.id !== own.id) return { reason: 'another extension' };
  if (!sender.url) return { reason: 'no sender URL' };
  // Compared as text: URL.origin is "null" for extension schemes outside Chrome.
  if (sender.url.startsWith(`${own.origin}/`)) return { kind: 'extension', origin: own.origin };
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return { reason: 'unreadable sender URL' };
  }
  // Where the browser tells the document's origin, it must be the URL's: a sandboxed or
  // opaque frame at a service's address is not that service's page.
  if (sender.origin !== undefined && sender.origin !== origin) return { reason: `origin ${sender.origin} at ${origin}` };
  const service = serviceAt(origin);
  if (!service) return { reason: `origin ${origin}` };
  if (sender.tab?.id === undefined) return { reason: `${service.name} frame outside a tab` };
  return { kind: service.host === 'install' ? 'linkedin' : 'service', origin };
}
