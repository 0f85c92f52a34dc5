// Host access to LinkedIn is the user's to grant or withhold: Firefox treats MV3 host
// permissions as optional (about:addons → Permissions), and Chrome users can restrict an
// extension's site access. Without it the content scripts never run, so the popup checks
// it, and asks for it on a button press.
import browser, { type Permissions } from 'webextension-polyfill';
import { z } from './schema';

const LINKEDIN_ACCESS = { origins: ['https://www.linkedin.com/*'] };

export function hasLinkedInAccess(): Promise<boolean> {
  return browser.permissions.contains(LINKEDIN_ACCESS);
}

/** Whether a permissions.onAdded/onRemoved change concerns LinkedIn. */
export function concernsLinkedIn(change: Permissions.Permissions): boolean {
  return (change.origins ?? []).some((origin) => origin.startsWith('https://www.linkedin.com/'));
}

// What the user asked for when they allowed access. Chromium closes the popup (and drops
// its promise) when the permission prompt opens, so the worker carries on from
// permissions.onAdded; storage.session keeps the intent only while the browser runs.
const INTENT_KEY = 'accessIntent';
const AccessIntent = z.object({ next: z.literal('audit'), at: z.number() });
const INTENT_TTL_MS = 10 * 60_000;

/**
 * Ask for access. Must run straight from the click handler: both browsers require a user
 * gesture, so the intent is written without awaiting first (the write is dispatched
 * before the prompt opens).
 */
export function requestLinkedInAccess(): Promise<boolean> {
  const saved = browser.storage.session.set({ [INTENT_KEY]: { next: 'audit', at: Date.now() } });
  const asked = browser.permissions.request(LINKEDIN_ACCESS);
  return Promise.all([saved, asked]).then(async ([, granted]) => {
    if (!granted) await browser.storage.session.remove(INTENT_KEY);
    return granted;
  });
}

/** The audit the user asked for with the grant, if recent; it is taken (read once). */
export async function takeAccessIntent(now: number): Promise<'audit' | null> {
  const stored = (await browser.storage.session.get(INTENT_KEY))[INTENT_KEY];
  if (stored === undefined) return null;
  await browser.storage.session.remove(INTENT_KEY);
  const intent = AccessIntent.safeParse(stored);
  if (!intent.success) {
    console.warn('access intent ignored: malformed', intent.error.issues);
    return null;
  }
  return now - intent.data.at < INTENT_TTL_MS ? intent.data.next : null;
}
