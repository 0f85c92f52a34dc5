// The service worker: validates every message, keeps the audit in storage and the badge
// in step with it. Listeners are registered synchronously at the top level, as MV3
// requires for a worker woken by an event.
import browser, { type Runtime } from 'webextension-polyfill';
import { LINKEDIN_ORIGIN } from '../core/settings';
import { Message } from '../messages';
import { onStateChanged, readState } from '../storage';
import { beginAudit, onTabRemoved, onTabUpdated, recordOutcome, recordProgress, startAudit } from './audit';
import { drawBadge } from './badge';

const EXTENSION_ORIGIN = new URL(browser.runtime.getURL('/')).origin;

/** Which kind of sender this is, or null for anything we do not talk to. */
function senderKind(sender: Runtime.MessageSender): 'extension' | 'linkedin' | null {
  if (sender.id !== browser.runtime.id || !sender.url) return null;
  const origin = new URL(sender.url).origin;
  if (origin === EXTENSION_ORIGIN) return 'extension';
  if (origin === LINKEDIN_ORIGIN && sender.tab?.id !== undefined) return 'linkedin';
  return null;
}

async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const kind = senderKind(sender);
  if (!kind) {
    console.warn('message ignored: unknown sender', sender.url);
    return undefined;
  }
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    console.warn('message ignored: malformed', parsed.error.issues);
    return undefined;
  }
  const message = parsed.data;
  const tabId = sender.tab?.id ?? -1;
  if (message.type === 'audit/start') return kind === 'extension' ? startAudit(message.mode) : undefined;
  if (kind !== 'linkedin') return undefined;
  switch (message.type) {
    case 'audit/begin':
      return beginAudit(tabId);
    case 'audit/progress':
      return recordProgress(tabId, message.step);
    case 'audit/report':
      return recordOutcome(tabId, message);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  handle(raw, sender).catch((error: unknown) => {
    console.error('message handling failed', error);
    return undefined;
  }),
);
browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change.url));
browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
onStateChanged((state) => void drawBadge(state));

// The worker starts on install, browser start-up and any wake-up: redraw every time.
void readState().then((state) => drawBadge(state));
