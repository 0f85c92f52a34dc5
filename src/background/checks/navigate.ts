// The run's tab: sent to its next page (a reload when it is there already), watched as it
// goes (a sign-in page, another page or closing ends the run), and sent again when a worker
// stopped between two pages left it on its way. The tab only answers: what the run decides
// lives in storage (./run-state.ts).
import browser from 'webextension-polyfill';
import type { Target } from '../../engine/check/sweep';
import { isSignInUrl, placeOf, serviceById } from '../../services';
import type { Run } from '../../store/schemas';
import { readState, update } from '../../store/store';
import { reloadTab } from '../tabs';
import { stillHeld } from '../access-lost';
import { advance, isAt, recordEnd, runOfTab, samePath, urlOf } from './run-state';
import { updateRuns } from './close-tabs';

/** A pause between two pages of a sweep, as a person clicking through them would make. */
export const PAGE_PAUSE_MS = 150;
/** A tab sent to a page that has not begun loading after this long is sent again (the worker was stopped meanwhile). */
export const RESEND_AFTER_MS = 8_000;
const MAX_RESENDS = 3;
/** How long a tab must stay on a page we cannot see before it is taken to have left for it. */
const OUT_OF_SIGHT_MS = 1_000;

/** Send the run's tab to its target: a reload when it is there already, else (after a pause) the page. */
export async function goTo(tabId: number, target: Target, from: string | null): Promise<void> {
  const url = urlOf(target);
  // Its host taken back meanwhile: the tab is sent nowhere, and the run ends as "access taken back".
  if (!(await stillHeld(url))) return;
  try {
    // Sent again after a stop, the tab may be at the URL already: a hash route would then
    // not load again (same document), so the page is reloaded instead.
    const at = from ?? (await browser.tabs.get(tabId)).url ?? '';
    if (samePath(at, url)) await reloadTab(tabId);
    else {
      await new Promise((resolve) => setTimeout(resolve, PAGE_PAUSE_MS));
      await browser.tabs.update(tabId, { url });
    }
  } catch {
    // A tab in the middle of a failed load can refuse to be sent on (seen in Chromium with
    // its network error page): only a tab that is gone ends the run here; a tab still there
    // is sent again by the alarm, then left to the usual "no answer".
    if (!(await tabExists(tabId))) await recordEnd(tabId, 'interrupted', 'tab-closed');
  }
}

async function tabExists(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId);
    return true;
  } catch {
    return false;
  }
}

/** Watch the run's tab: a sign-in page or checkpoint, another page, or closing ends the run. */
export async function onTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  if (isSignInUrl(url)) return recordEnd(tabId, 'signed-out', new URL(url).pathname.startsWith('/checkpoint/') ? 'checkpoint' : undefined);
  const place = placeOf(url);
  let left = false;
  await updateRuns((s) => {
    const run = runOfTab(s, tabId);
    if (!run || (place !== null && isAt(run.target, place.service.origin, place.path))) return null;
    // Every setting is done; only the look at the category pages is left: the sweep is done.
    if (run.target && 'visit' in run.target) return advance(s, run, run.rows, []);
    left = true;
    return null;
  });
  if (left) await recordEnd(tabId, 'interrupted', 'left-page');
}

/**
 * The run's tab finished loading a page whose address is withheld from us: a host we do not
 * hold. A service that sends signed-out visitors to a site we never ask for (Google's
 * accounts.google.com: `signInElsewhere`) has sent it to sign in; for any other service
 * nothing changes (the run ends as it did, without an answer).
 */
export async function onTabOutOfSight(tabId: number): Promise<void> {
  // Any tab of the browser may load a page we cannot see: only the tab of such a service's run is looked at again.
  const isRunTab = async () => {
    const run = runOfTab((await readState()).state, tabId);
    return run !== null && 'signInElsewhere' in serviceById(run.service);
  };
  if (!(await isRunTab())) return;
  // A new tab first completes an empty page whose address is withheld too (Firefox's
  // about:blank), then loads ours: only a tab still out of sight, and done loading, a moment
  // later has landed elsewhere.
  await new Promise((resolve) => setTimeout(resolve, OUT_OF_SIGHT_MS));
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || tab.url !== undefined || tab.status !== 'complete' || !(await isRunTab())) return;
  await recordEnd(tabId, 'signed-out', 'elsewhere');
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await recordEnd(tabId, 'interrupted', 'tab-closed');
}

/**
 * Is this run's tab stuck on its way (sent to a page that never began loading: the worker
 * was stopped between two pages, or the load was lost), and may it be sent again? After a
 * few times it is left to the usual end of a silent run ("no answer", RUN_STALE_MS).
 */
export function mayResend(run: Run | null, now: number): run is Run & { target: Target } {
  return run?.sent === true && run.target !== null && run.resends < MAX_RESENDS && now - run.touchedAt >= RESEND_AFTER_MS;
}

/** Send each stuck run's tab to its target again. */
export async function resendIfStuck(now: number): Promise<void> {
  let stuck: (Run & { target: Target })[] = [];
  await update((s) => {
    stuck = s.runs.filter((r): r is Run & { target: Target } => mayResend(r, now));
    const tabs = new Set(stuck.map((r) => r.tabId));
    if (tabs.size === 0) return null;
    return { runs: s.runs.map((r) => (tabs.has(r.tabId) ? { ...r, resends: r.resends + 1, touchedAt: now } : r)) };
  });
  await Promise.all(stuck.map((run) => goTo(run.tabId, run.target, null)));
}
