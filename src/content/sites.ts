// Content script for the other services' pages (X, ChatGPT): registered by the worker
// (scripting.registerContentScripts) only on the hosts the user has turned on. On a
// setting's page it does what the worker asks of this load, as on LinkedIn (load.ts), and
// stops. A page that shows only a signed-out visitor's view says so instead of searching.
// It sends only the switch's state, never page data about the member.
import { locateSwitch } from '../engine/switch/locate';
import { DEFAULT_WAIT, SCAN_INTERVAL_MS } from '../engine/switch/load';
import { isSettingPath } from '../engine/switch/pages';
import { parseBeginReply } from '../engine/check/replies';
import { serviceAt } from '../services';
import type { SettingRow } from '../services/linkedin/settings';
import { SITE_SETTINGS } from '../services/sites';
import { waitFor } from '../engine/page/wait';
import { runLoad, watchLocation } from './check';
import { send } from './runtime';

const service = serviceAt(location.origin);
const here = () => location.pathname + location.hash;
const settingHere = () => SITE_SETTINGS.find((s) => s.service === service?.id && isSettingPath(s, here())) ?? null;

/** Signed out, where the service shows it on the page rather than by a redirect: seen before the switch or its opener. */
async function signedOut(setting: SettingRow): Promise<boolean> {
  const hook = service?.signedOutHook;
  if (!hook) return false;
  const first = await waitFor(
    document,
    () => {
      if (document.querySelector(hook)) return 'out';
      const opener = setting.open?.find((s) => document.querySelector(s));
      return opener || locateSwitch(document, setting).kind !== 'missing' ? 'in' : null;
    },
    DEFAULT_WAIT.timeoutMs,
    undefined,
    undefined,
    { minIntervalMs: SCAN_INTERVAL_MS },
  );
  return first === 'out';
}

/** `fresh`: this document was loaded at this address (not reached in-app), so it shows what the service saved. */
async function check(fresh: boolean): Promise<void> {
  const path = here();
  // No answer (the worker refuses a service no longer added): nothing at all, not even a look
  // (opening a dialog to read it would be a click the user did not ask for).
  const reply = parseBeginReply(await send({ type: 'audit/begin', path }).catch(() => undefined), null);
  const setting = SITE_SETTINGS.find((s) => s.id === reply.settingId);
  if (!reply.plan || !setting || setting.service !== service?.id) return;
  if (await signedOut(setting)) {
    const report = { kind: 'failed', outcome: 'signed-out', detail: 'page' } as const;
    await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: [], fresh });
    return;
  }
  const { report } = await runLoad(setting, reply.plan, () => isSettingPath(setting, here()));
  await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: [], fresh });
}

function main(): void {
  if (!service) return;
  // The worker hears of a setting's page only: a chat or timeline page wakes nothing.
  if (settingHere()) return void check(true);
  // Another page of the service: a setting's page may still be reached in-app (or by its #hash).
  const stop = watchLocation(() => {
    if (!settingHere()) return;
    stop();
    void check(false);
  });
}

main();
