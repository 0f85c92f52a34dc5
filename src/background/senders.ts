// Who may send what. The worker talks to this extension's own pages and to its content
// scripts in https://www.linkedin.com tabs; every other sender is ignored, with a reason.
import type { Message } from '../messages';
import { LINKEDIN_ORIGIN } from '../core/linkedin';

type SenderKind = 'extension' | 'linkedin';

interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Which message types each kind of sender may send. */
export const ALLOWED: Record<Message['type'], SenderKind> = {
  'audit/start': 'extension',
  'sweep/start': 'extension',
  'objection/start': 'extension',
  'state/patch': 'extension',
  'audit/begin': 'linkedin',
  'audit/click': 'linkedin',
  'audit/progress': 'linkedin',
  'audit/report': 'linkedin',
  'page/scan': 'linkedin',
  'objection/begin': 'linkedin',
  'objection/report': 'linkedin',
  'objection/receipt': 'linkedin',
};

export function classifySender(sender: SenderInfo, own: { id: string; origin: string }): { kind: SenderKind } | { reason: string } {
  if (sender.id !== own.id) return { reason: 'another extension' };
  if (!sender.url) return { reason: 'no sender URL' };
  // Compared as text: URL.origin is "null" for extension schemes outside Chrome.
  if (sender.url.startsWith(`${own.origin}/`)) return { kind: 'extension' };
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return { reason: 'unreadable sender URL' };
  }
  if (origin === LINKEDIN_ORIGIN) return sender.tab?.id === undefined ? { reason: 'LinkedIn frame outside a tab' } : { kind: 'linkedin' };
  return { reason: `origin ${origin}` };
}
