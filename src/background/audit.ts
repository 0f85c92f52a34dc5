// The worker's side of a check: open the settings page for the popup, tell each load of
// the page what to do, count the clicks, and after a click load the page again to verify
// what LinkedIn saved (core/run.ts decides). It notices the tab being sent to sign-in,
// closed or taken elsewhere. Everything it needs later is in storage, not in memory,
// because the worker can be stopped at any moment; every change goes through `update`.
import { isSettingPath, isSignInUrl, LINKEDIN_ORIGIN, settingUrl } from '../core/linkedin';
import type { LoadReport } from '../core/optout';
import type { Mode, Outcome, Step } from '../core/outcomes';
import type { BeginReply } from '../core/replies';
import { decide, mayClick, planFor, type Decision } from '../core/run';
import { GENERATIVE_AI } from '../core/settings';
import { RUN_STALE_MS } from '../core/status';
import { recordOf, update, type Run, type State } from '../storage';
import { openOrReuse, reloadTab } from './tabs';

const SETTING = GENERATIVE_AI;

/**
 * Open the settings page, or reload it if it is open. From the popup it opens in the
 * background, so the popup stays open and shows progress; from a notification, in front.
 */
export async function startAudit(mode?: Mode, active = false): Promise<void> {
  const { tabId, rerun } = await openOrReuse(settingUrl(SETTING), active);
  const now = Date.now();
  await update((s) => ({
    run: {
      settingId: SETTING.id,
      tabId,
      startedAt: now,
      touchedAt: now,
      step: 'opening',
      phase: 'act',
      clicks: 0,
      toast: false,
      source: 'popup',
      mode: mode ?? s.prefs.mode,
    },
  }));
  await rerun();
}

const live = (run: Run | null, now: number): run is Run => run !== null && now - run.touchedAt < RUN_STALE_MS;

/** A load of the settings page asks what to do: the run's plan, or a new run for a page opened by hand. */
export async function beginAudit(tabId: number): Promise<BeginReply> {
  const now = Date.now();
  let reply: BeginReply = { plan: null };
  await update((s) => {
    if (s.run?.tabId === tabId) {
      reply = { plan: planFor(s.run) };
      return { run: { ...s.run, step: s.run.phase === 'verify' ? 'confirming' : 'searching', touchedAt: now } };
    }
    // Another tab's check is under way: this one stays quiet rather than click twice.
    if (live(s.run, now)) return null;
    const run: Run = {
      settingId: SETTING.id,
      tabId,
      startedAt: now,
      touchedAt: now,
      step: 'searching',
      phase: 'act',
      clicks: 0,
      toast: false,
      source: 'page',
      mode: s.prefs.mode,
    };
    reply = { plan: planFor(run) };
    return { run };
  });
  return reply;
}

/** A load asks to click: counted here, so at most three clicks per run across every load. */
export async function grantClick(tabId: number): Promise<{ click: number | null }> {
  let click: number | null = null;
  await update((s) => {
    if (s.run?.tabId !== tabId || !mayClick(s.run)) return null;
    click = s.run.clicks + 1;
    return { run: { ...s.run, clicks: click, step: 'switching', touchedAt: Date.now() } };
  });
  return { click };
}

export async function recordProgress(tabId: number, step: Step): Promise<void> {
  // Read inside the queue: a late progress message never brings back a finished run.
  await update((s) => (s.run?.tabId === tabId && s.run.step !== step ? { run: { ...s.run, step, touchedAt: Date.now() } } : null));
}

/** What a load found: finish the run, or load the page again to act or to verify. */
export async function recordReport(tabId: number, report: LoadReport): Promise<void> {
  let decision: Decision | null = null;
  await update((s) => {
    if (s.run?.tabId !== tabId) {
      // A page whose check has ended (or was never ours) may still tell a fresh reading.
      return report.kind === 'read'
        ? finish(s, { kind: 'finish', outcome: report.state === 'off' ? 'already-off' : 'left-on', known: report.state }, null)
        : null;
    }
    decision = decide(s.run, report);
    if (decision.kind === 'finish') return finish(s, decision, s.run);
    return {
      run: { ...s.run, phase: decision.phase, toast: decision.toast, step: decision.phase === 'verify' ? 'confirming' : 'switching', touchedAt: Date.now() },
    };
  });
  if ((decision as Decision | null)?.kind === 'reload') await reloadTab(tabId).catch(() => recordEnd(tabId, 'interrupted', 'tab-closed'));
}

/** The values that close a run with an outcome (and a reading, when it gave one). */
function finish(s: State, d: Extract<Decision, { kind: 'finish' }>, run: Run | null): Partial<State> {
  const now = Date.now();
  const record = recordOf(s, SETTING.id);
  const audit = { outcome: d.outcome, at: now, source: run?.source ?? 'page', clicks: run?.clicks ?? 0, detail: d.detail };
  return {
    settings: { ...s.settings, [SETTING.id]: { audit, known: d.known ? { state: d.known, at: now } : record.known } },
    ...(run ? { run: null } : {}),
  };
}

/** End the run of this tab (or any run, for `tabId` null) with an outcome and no reading. */
export async function recordEnd(tabId: number | null, outcome: Outcome, detail?: string): Promise<void> {
  await update((s) => {
    if (!s.run || (tabId !== null && s.run.tabId !== tabId)) return null;
    return finish(s, { kind: 'finish', outcome, detail, known: null }, s.run);
  });
}

/** Watch the audited tab: a sign-in page, another page, or closing ends the run. */
export async function onTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  if (isSignInUrl(url)) return recordEnd(tabId, 'signed-out');
  const parsed = new URL(url);
  if (parsed.origin === LINKEDIN_ORIGIN && isSettingPath(SETTING, parsed.pathname)) return;
  await recordEnd(tabId, 'interrupted', 'left-page');
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await recordEnd(tabId, 'interrupted', 'tab-closed');
}
