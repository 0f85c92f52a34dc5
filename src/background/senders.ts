// Who may send what. The worker talks to this extension's own pages, to its content
// scripts in https://www.linkedin.com tabs, and to its content scripts on the other
// services' sites (which run only where the user granted the host); every other sender
// is ignored, with a reason.
import type { Message } from '../protocol/messages';
import { LINKEDIN_ORIGIN } from '../services/linkedin/service';
import { serviceAt } from '../services';

/** The extension's own pages; LinkedIn's pages; another known service's pages. */
type SenderKind = 'extension' | 'linkedin' | 'service';

interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

const PAGES = ['linkedin', 'service'] as const;

/** Which kinds of sender may send each message type. */
export const ALLOWED: Record<Message['type'], readonly SenderKind[]> = {
  'audit/start': ['extension'],
  'sweep/start': ['extension'],
  'service/start': ['extension'],
  'objection/start': ['extension'],
  'state/patch': ['extension'],
  'audit/begin': PAGES,
  'audit/click': PAGES,
  'audit/progress': PAGES,
  'audit/report': PAGES,
  'page/scan': ['linkedin'],
  // The worker answers these only on the run's form, in the run's tab (background/objection.ts).
  'objection/begin': PAGES,
  'objection/report': PAGES,
  'objection/receipt': PAGES,
};

export function classifySender(sender: SenderInfo, own: { id: string; origin: string }): { kind: SenderKind; origin: string } | { reason: string } {
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
  const service = serviceAt(origin);
  if (!service) return { reason: `origin ${origin}` };
  if (sender.tab?.id === undefined) return { reason: `${service.name} frame outside a tab` };
  return { kind: origin === LINKEDIN_ORIGIN ? 'linkedin' : 'service', origin };
}
