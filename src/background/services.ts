// The other services (X, ChatGPT): their host is an optional permission, asked for when
// the user turns the service on, and their content script is registered here
// (scripting.registerContentScripts) for the hosts granted, and only for those. The
// registrations are made again from permissions.getAll() whenever the worker starts and
// whenever a permission is added or removed, so nothing of ours runs on a host not granted.
import browser from 'webextension-polyfill';
import { hostPattern, OPTIONAL_SERVICES, type Service } from '../core/services';
import servicePage from '../content/service-page.ts?script&iife';

const scriptId = (service: Service) => `service-${service.id}`;

/** The optional services whose host the user has granted. */
async function grantedServices(): Promise<Service[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return OPTIONAL_SERVICES.filter((s) => origins.includes(hostPattern(s)));
}

/** Register the content script of every granted service, and unregister the others'. */
export async function syncServiceScripts(): Promise<void> {
  const granted = await grantedServices();
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const wanted = new Set(granted.map(scriptId));
  const stale = [...registered].filter((id) => id.startsWith('service-') && !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = granted.filter((s) => !registered.has(scriptId(s)));
  if (missing.length)
    await browser.scripting.registerContentScripts(
      missing.map((s) => ({
        id: scriptId(s),
        js: [servicePage],
        matches: [...(s.pages ?? [hostPattern(s)])],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
}
