// The other services (X, ChatGPT, Claude...): their host is an optional permission, asked
// for when the user adds the service, and their content script is registered here
// (scripting.registerContentScripts) for the hosts granted, and only for those. The
// registrations are made again from permissions.getAll() whenever the worker starts and
// whenever a permission is added or removed, one sync after another, so nothing of ours
// runs on a host not granted. A script already in a tab when its service is removed keeps
// running until the tab reloads: the worker answers it only while the host is granted.
import browser from 'webextension-polyfill';
import { serial } from '../platform/serial';
import { hostPatterns, OPTIONAL_SERVICES, type KnownService as Service, serviceAt } from '../services';
import servicePage from '../content/sites.ts?script&iife';
import objectionForm from '../content/objection-form.ts?script&iife';

const scriptId = (service: Service) => `service-${service.id}`;

/** Whether the user has added the service at this origin (its host permission is held). */
export async function hostGranted(origin: string): Promise<boolean> {
  const service = serviceAt(origin);
  return service !== undefined && (await browser.permissions.contains({ origins: hostPatterns(service) }));
}

/** The optional services whose host the user has granted. */
async function grantedServices(): Promise<Service[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return OPTIONAL_SERVICES.filter((s) => hostPatterns(s).every((p) => origins.includes(p)));
}

const registration = (s: Service) => ({
  id: scriptId(s),
  // A service with settings gets the settings script; one with objection forms only, the
  // objection form's script (the one LinkedIn's help pages have).
  js: [s.settings.length > 0 ? servicePage : objectionForm],
  matches: [...s.pages],
});

const inQueue = serial();

/**
 * Register the content script of every granted service (again, when its file or pages
 * changed with an update), and unregister the others'. Syncs run one after another: two at
 * once (the worker woken by permissions.onAdded also syncs as it starts) would both
 * register the same id, and the second would fail.
 */
export function syncServiceScripts(): Promise<void> {
  const step = inQueue(sync);
  step.catch((error: unknown) => console.error('content script registration failed', error));
  return step;
}

async function sync(): Promise<void> {
  const granted = await grantedServices();
  const registered = new Map((await browser.scripting.getRegisteredContentScripts()).map((s) => [s.id, s]));
  const wanted = new Map(granted.map((s) => [scriptId(s), registration(s)]));
  const same = (id: string) => {
    const now = registered.get(id);
    const want = wanted.get(id)!;
    return now !== undefined && JSON.stringify(now.js) === JSON.stringify(want.js) && JSON.stringify(now.matches) === JSON.stringify(want.matches);
  };
  const stale = [...registered.keys()].filter((id) => id.startsWith('service-') && (!wanted.has(id) || !same(id)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted.keys()].filter((id) => !registered.has(id) || stale.includes(id));
  if (missing.length)
    await browser.scripting.registerContentScripts(missing.map((id) => ({ ...wanted.get(id)!, runAt: 'document_idle' as const, persistAcrossSessions: true })));
}
