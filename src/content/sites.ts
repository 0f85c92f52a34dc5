// Content script for the other services' pages (X, ChatGPT, Claude...): registered by the
// worker (scripting.registerContentScripts) only on the hosts the user has added. It knows
// only where each service's settings pages are (`__SETTING_PAGES__`, written by the build
// from the registry): the worker hears of a setting's page only, a chat or timeline page
// wakes nothing, and no other page's address is sent. It carries no service's labels or
// hooks: the worker's answer to `audit/begin` brings the setting's row, so this script stays
// small however many services are added. On a setting's page it does what the worker asks
// of this load, as on LinkedIn (check.ts), once per document, and stops. A page that shows
// only a signed-out visitor's view says so instead of searching. It sends only the switch's
// state, never page data about the member.
import { parseSiteReply } from '../engine/check/replies';
import type { SettingRow } from '../engine/model';
import { waitFor } from '../engine/page/wait';
import { DEFAULT_WAIT, SCAN_INTERVAL_MS } from '../engine/switch/load';
import { locateSwitch } from '../engine/switch/locate';
import { isPageOf } from '../engine/check/site-pages';
import { namedOpener } from '../engine/switch/named';
import { isSettingPath, pageQuery } from '../engine/switch/pages';
import { sitesOn } from '../engine/switch/site-list';
import { EVERY_STEP } from '../engine/switch/steps';
import { runLoad, watchLocation } from './check';
import { send } from './runtime';

/** This origin's settings pages, as the registry writes them. */
const PAGES = __SETTING_PAGES__[location.origin] ?? [];
/** This page's path, with only the query parameters that route to a settings page (grok.com's `?_s=data`). */
const here = () => location.pathname + pageQuery(PAGES, location.search) + location.hash;
const settingHere = () => PAGES.some((page) => isPageOf(page, here()));

/** Signed out, where the service shows it on the page rather than by a redirect: seen before the switch or its opener. */
async function signedOut(setting: SettingRow, hook: string | null): Promise<boolean> {
  if (!hook) return false;
  const first = await waitFor(
    document,
    () => {
      if (document.querySelector(hook)) return 'out';
      const opener = setting.open?.find((s) => document.querySelector(s)) ?? setting.openBy?.find((names) => namedOpener([document], names) !== null);
      return opener || locateSwitch(document, setting).kind !== 'missing' ? 'in' : null;
    },
    DEFAULT_WAIT.timeoutMs,
    undefined,
    undefined,
    { minIntervalMs: SCAN_INTERVAL_MS },
  );
  return first === 'out';
}

/**
 * Ask the worker what this page is to do, and do it. `fresh`: this document was loaded at
 * this address (not reached in-app), so it shows what the service saved. No answer (the
 * worker refuses a service no longer added): nothing at all, not even a look (opening a
 * dialog to read it would be a click the user did not ask for).
 */
async function check(fresh: boolean): Promise<void> {
  const path = here();
  const reply = parseSiteReply(await send({ type: 'audit/begin', path }).catch(() => undefined));
  // The run's visit of the list of the user's sites: their addresses, once the list has drawn.
  if (reply.sites !== undefined) return void (await listSites(path, reply.sites));
  const setting = reply.row;
  // A row for another site is not this page's, whatever the answer says.
  if (!reply.plan || !setting || setting.origin !== location.origin) return;
  if (await signedOut(setting, reply.signedOut)) {
    const report = { kind: 'failed', outcome: 'signed-out', detail: 'page' } as const;
    // A click granted with the plan is given back: nothing was clicked.
    await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: null, fresh, grantUnused: reply.click !== undefined });
    return;
  }
  const { report, grantUnused } = await runLoad(setting, reply.plan, () => isSettingPath(setting, here()), EVERY_STEP, reply.click ?? null);
  await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: null, fresh, grantUnused });
}

/** The sites the list links to, once it shows one (or after the wait: none), sent to the worker. */
async function listSites(path: string, shape: string): Promise<void> {
  const found = await waitFor(document, () => (sitesOn(document, shape).length > 0 ? true : null), DEFAULT_WAIT.timeoutMs, undefined, undefined, {
    minIntervalMs: SCAN_INTERVAL_MS,
  });
  await send({ type: 'audit/sites', path, sites: found ? sitesOn(document, shape) : [] });
}

function main(): void {
  if (settingHere()) return void check(true);
  // Another page of the service: a setting's page may still be reached in-app (or by its #hash).
  const stop = watchLocation(() => {
    if (!settingHere()) return;
    stop();
    void check(false);
  });
}

main();
