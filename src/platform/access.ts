// Host access to LinkedIn is the user's to grant or withhold: Firefox treats MV3 host
// permissions as optional (about:addons → Permissions), and Chrome users can restrict an
// extension's site access. Without it the content scripts never run, so the popup checks
// it, and asks for it on a button press. The other services' hosts are optional
// permissions: asked for when the user turns a service on, given back when they turn it off.
import browser, { type Permissions } from 'webextension-polyfill';
import { hostPatterns, OPTIONAL_SERVICE_IDS, OPTIONAL_SERVICES, type OptionalService, type KnownService as Service, SERVICES } from '../services';
import { z } from './zod';

/** The hosts held from install (LinkedIn's), as the registry writes them. */
const LINKEDIN_ACCESS = { origins: SERVICES.filter((s) => s.host === 'install').flatMap(hostPatterns) };

export function hasLinkedInAccess(): Promise<boolean> {
  return browser.permissions.contains(LINKEDIN_ACCESS);
}

/** Whether a permissions.onAdded/onRemoved change concerns LinkedIn. */
export function concernsLinkedIn(change: Permissions.Permissions): boolean {
  // Any pattern within those hosts (a browser may grant a narrower one).
  return (change.origins ?? []).some((origin) => LINKEDIN_ACCESS.origins.some((held) => origin.startsWith(held.replace(/\*$/, ''))));
}

// What the user asked for when they allowed access. Chromium closes the popup (and drops
// its promise) when the permission prompt opens, so the worker carries on from
// permissions.onAdded; storage.session keeps the intent only while the browser runs.
const INTENT_KEY = 'accessIntent';
const AccessIntent = z.object({ next: z.enum(['audit', ...OPTIONAL_SERVICE_IDS]), at: z.number() });
type Next = z.infer<typeof AccessIntent>['next'];
const INTENT_TTL_MS = 10 * 60_000;

/**
 * Ask for access. Must run straight from the click handler: both browsers require a user
 * gesture, so the intent is written without awaiting first (the write is dispatched
 * before the prompt opens).
 */
export function requestLinkedInAccess(): Promise<boolean> {
  return requestAccess(LINKEDIN_ACCESS, 'audit');
}

function requestAccess(access: { origins: string[] }, next: Next): Promise<boolean> {
  const saved = browser.storage.session.set({ [INTENT_KEY]: { next, at: Date.now() } });
  const asked = browser.permissions.request(access);
  return Promise.all([saved, asked]).then(async ([, granted]) => {
    if (!granted) await browser.storage.session.remove(INTENT_KEY);
    return granted;
  });
}

const serviceAccess = (service: Service) => ({ origins: hostPatterns(service) });

/** Turn a service on: ask for its host (from a click handler, as above); the worker then checks it. */
export function requestServiceAccess(service: OptionalService): Promise<boolean> {
  return requestAccess(serviceAccess(service), service.id);
}

/** Turn a service off: its host is given back, and its content script unregistered by the worker. */
export function removeServiceAccess(service: Service): Promise<boolean> {
  return browser.permissions.remove(serviceAccess(service));
}

export function hasServiceAccess(service: Service): Promise<boolean> {
  return browser.permissions.contains(serviceAccess(service));
}

/** The optional services a permissions.onAdded/onRemoved change concerns. */
export function servicesIn(change: Permissions.Permissions): OptionalService[] {
  return OPTIONAL_SERVICES.filter((s) => hostPatterns(s).some((p) => (change.origins ?? []).includes(p)));
}

/**
 * What the user asked for with the grant (the audit, or a service's check), if recent and
 * about this grant (`concerns`); it is taken then (read once). An intent about another
 * grant is left in place for it.
 */
export async function takeAccessIntent(now: number, concerns: (next: Next) => boolean = () => true): Promise<Next | null> {
  const stored = (await browser.storage.session.get(INTENT_KEY))[INTENT_KEY];
  if (stored === undefined) return null;
  const intent = AccessIntent.safeParse(stored);
  if (intent.success && !concerns(intent.data.next)) return null;
  await browser.storage.session.remove(INTENT_KEY);
  if (!intent.success) {
    console.warn('access intent ignored: malformed', intent.error.issues);
    return null;
  }
  return now - intent.data.at < INTENT_TTL_MS ? intent.data.next : null;
}
