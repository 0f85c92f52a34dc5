// Content script for https://www.linkedin.com/mypreferences/*. On a setting's page
// (reached by load or by in-app navigation) it does what the worker asks of this load:
// read that setting's switch, or switch it off (one click, counted by the worker) and let
// LinkedIn answer the save; then it reports and stops: every observer and listener is
// removed. The worker verifies by loading the page again. On any preferences page it also
// looks once for switches about AI that we do not know, and on the category pages for
// settings we do not know: they are reported, never clicked. It sends only what it found
// (states, LinkedIn's labels and hooks), never page data about the member.
import { FOUND_MAX, type Found } from '../engine/switch/discover';
import { seenHere, unknownAiSwitches, unknownEntries } from '../services/linkedin/discover';
import { isPathOf } from '../engine/switch/pages';
import { SWITCH_SELECTOR } from '../engine/switch/locate';
import { DEFAULT_WAIT } from '../engine/switch/load';
import { parseBeginReply } from '../engine/check/replies';
import { CATEGORY_PATHS } from '../services/linkedin/settings';
import { SETTINGS } from '../services/linkedin/switches';
import { waitFor } from '../engine/page/wait';
import { runLoad, watchLocation } from './check';
import { send } from './runtime';

const settingHere = () => SETTINGS.find((s) => isPathOf(s, location.pathname)) ?? null;
const isCategory = (path: string) => CATEGORY_PATHS.some((c) => path.replace(/\/+$/, '') === c);

/** New things on this page: unknown AI switches, and on a category page unknown settings. */
function lookAround(path: string): Found[] {
  return [...(isCategory(path) ? unknownEntries(document) : []), ...unknownAiSwitches(document, path)].slice(0, FOUND_MAX);
}

/** Wait until the page shows its switches or its list of settings, then for a short quiet spell. */
async function pageShown(): Promise<void> {
  const shown = () => document.querySelector(`${SWITCH_SELECTOR}, a[href*="/mypreferences/"]`);
  if ((await waitFor(document, shown, DEFAULT_WAIT.timeoutMs)) === null) return;
  // Lists render in pieces: give the rest a moment (resolves after 300 ms without a change, 2 s at most).
  await new Promise<void>((resolve) => {
    let timer = setTimeout(finish, 300);
    const cap = setTimeout(finish, 2_000);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(finish, 300);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}

/** `fresh`: this document was loaded at this address (not reached in-app), so it shows what LinkedIn saved. */
async function check(fresh: boolean): Promise<void> {
  const path = location.pathname;
  // Ask first: a load of another tab's check, or one the worker does not answer, changes nothing.
  const reply = parseBeginReply(await send({ type: 'audit/begin', path }).catch(() => undefined), settingHere()?.id ?? null);
  const setting = SETTINGS.find((s) => s.id === reply.settingId);
  if (!reply.plan || !setting) {
    if (!reply.scan) return;
    await pageShown();
    await send({ type: 'page/scan', path, found: lookAround(path) }).catch(() => {});
    return;
  }
  const { report, left, grantUnused } = await runLoad(setting, reply.plan, () => isPathOf(setting, location.pathname), {}, reply.click ?? null);
  const missing = report.kind === 'failed' && report.outcome !== 'interrupted';
  const found = reply.scan && !left ? lookAround(path) : [];
  await send({ type: 'audit/report', path, settingId: setting.id, report, found, seen: missing ? seenHere(document) : null, fresh, grantUnused });
}

function main(): void {
  void check(true);
  if (settingHere()) return;
  // Another preferences page: a setting's page may still be reached in-app.
  const stop = watchLocation(() => {
    if (!settingHere()) return;
    stop();
    void check(false);
  });
}

main();
