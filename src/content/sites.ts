// Content script for the other services' pages (X, ChatGPT, Claude...): registered by the
// worker (scripting.registerContentScripts) only on the hosts the user has added. It carries
// no service's data: the worker's answer to `audit/begin` brings the setting's row (and
// the paths of the service's settings pages), so this script stays the same size however
// many services are added. On a setting's page it does what the worker asks of this load,
// as on LinkedIn (check.ts), and stops. A page that shows only a signed-out visitor's view
// says so instead of searching. It sends only the switch's state, never page data about
// the member.
import { type SiteReply, parseSiteReply } from '../engine/check/replies';
import type { SettingRow } from '../engine/model';
import { waitFor } from '../engine/page/wait';
import { DEFAULT_WAIT, SCAN_INTERVAL_MS } from '../engine/switch/load';
import { locateSwitch } from '../engine/switch/locate';
import { isSettingPath } from '../engine/switch/pages';
import { runLoad, watchLocation } from './check';
import { send } from './runtime';

const here = () => location.pathname + location.hash;
const isOneOf = (paths: readonly string[]) => paths.some((path) => isSettingPath({ path, twins: [] }, here()));

/** Signed out, where the service shows it on the page rather than by a redirect: seen before the switch or its opener. */
async function signedOut(setting: SettingRow, hook: string | null): Promise<boolean> {
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

/**
 * Ask the worker what this page is to do, and do it. `fresh`: this document was loaded at
 * this address (not reached in-app), so it shows what the service saved. No answer (the
 * worker refuses a service no longer added): nothing at all, not even a look (opening a
 * dialog to read it would be a click the user did not ask for).
 */
async function check(fresh: boolean): Promise<SiteReply> {
  const path = here();
  const reply = parseSiteReply(await send({ type: 'audit/begin', path }).catch(() => undefined));
  const setting = reply.row;
  if (!reply.plan || !setting) return reply;
  if (await signedOut(setting, reply.signedOut)) {
    const report = { kind: 'failed', outcome: 'signed-out', detail: 'page' } as const;
    await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: [], fresh });
    return reply;
  }
  const { report } = await runLoad(setting, reply.plan, () => isSettingPath(setting, here()));
  await send({ type: 'audit/report', path, settingId: setting.id, report, found: [], seen: [], fresh });
  return reply;
}

async function main(): Promise<void> {
  const { watch } = await check(true);
  // A setting's page was answered; another page of the service: a setting's page may still
  // be reached in-app (or by its #hash).
  if (isOneOf(watch)) return;
  const stop = watchLocation(() => {
    if (!isOneOf(watch)) return;
    stop();
    void check(false);
  });
}

void main();
