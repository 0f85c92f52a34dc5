// The worker's side of a check, of the AI switch alone or of the privacy check's settings:
// open the page, tell each load what to do, count the clicks, and after a click load the
// page again (later, for a sweep) to verify what LinkedIn saved (core/run.ts and
// core/sweep.ts decide). It notices the tab being sent to sign-in, closed or taken
// elsewhere. Everything it needs later is in storage, not in memory, because the worker
// can be stopped at any moment; every change goes through `update`.
import browser from 'webextension-polyfill';
import { type Found, mergeFound, type SwitchSeen } from '../engine/switch/discover';
import { LINKEDIN_ORIGIN } from '../services/linkedin/service';
import { isSettingPath, settingUrl } from '../engine/switch/pages';
import type { LoadReport } from '../engine/switch/load';
import type { Mode, Outcome, Step } from '../engine/check/outcomes';
import type { BeginReply, SiteReply } from '../engine/check/replies';
import { mayClick, planFor } from '../engine/check/run';
import { ALL_SETTINGS, isSignInUrl, type OptionalServiceId, placeOf, serviceAt, serviceById, settingById, settingsOf } from '../services';
import { CATEGORY_PATHS } from '../services/linkedin/settings';
import { GENERATIVE_AI, RECOMMENDED, SETTINGS } from '../services/linkedin/service';
import { RUN_STALE_MS } from '../engine/check/status';
import { afterReport, type Finished, freshRow, nextTarget, type RowRun, type Target } from '../engine/check/sweep';
import { FOUND_KEPT, type State } from '../store/items';
import { readState, recordOf, update } from '../store/store';
import type { Run, Sweep } from '../store/schemas';
import { hostGranted } from './scripts';
import { openOrReuse, reloadTab } from './tabs';

/** A pause between two pages of a sweep, as a person clicking through them would make. */
export const PAGE_PAUSE_MS = 150;
/** A tab sent to a page that has not begun loading after this long is sent again (the worker was stopped meanwhile). */
export const RESEND_AFTER_MS = 8_000;
const MAX_RESENDS = 3;

const samePath = (a: string, b: string) => a.replace(/[/#]+$/, '') === b.replace(/[/#]+$/, '');

/** The URL of a target: a setting's page, or one of LinkedIn's category pages. */
function urlOf(target: Target): string {
  return 'row' in target ? settingUrl(settingById(target.row) ?? GENERATIVE_AI) : LINKEDIN_ORIGIN + target.visit;
}

/** Is this page (origin and path, with its #hash) the target's? */
function isAt(target: Target | null, origin: string, path: string): boolean {
  if (!target) return false;
  if ('visit' in target) return origin === LINKEDIN_ORIGIN && samePath(target.visit, path.split('#')[0]!);
  const setting = settingById(target.row);
  return setting !== undefined && setting.origin === origin && isSettingPath(setting, path);
}

/**
 * Is this setting the user's to keep off? The AI switch always is; LinkedIn's others when
 * chosen in the privacy check; another service's, all of them once the service is turned on
 * (its content script runs only then).
 */
const isChosen = (s: State, id: string) => id === GENERATIVE_AI.id || (s.prefs.chosen ?? []).includes(id) || settingById(id)?.service !== 'linkedin';

/**
 * Start a check: the AI switch alone (`ids` = [AI], the popup's button, a reminder), or the
 * privacy check's settings (`sweep`), which also looks at the category pages for settings
 * we do not know. From the popup the tab opens in the background, so the popup stays open
 * and shows progress; from a notification, in front.
 */
async function startCheck(opts: { ids: readonly string[]; kind: Run['kind']; mode?: Mode; active?: boolean }): Promise<void> {
  const ids = opts.ids.filter((id) => settingById(id) !== undefined);
  const visits = opts.kind === 'sweep' ? [...CATEGORY_PATHS] : [];
  const first = nextTarget(
    ids.map((id) => freshRow(id, 'audit')),
    visits,
  );
  if (!first) return;
  const { tabId, rerun } = await openOrReuse(urlOf(first), opts.active ?? false);
  const now = Date.now();
  await update((s) => {
    const mode = opts.mode ?? s.prefs.mode;
    const run: Run = {
      kind: opts.kind,
      service: settingById(ids[0]!)?.service ?? 'linkedin',
      tabId,
      startedAt: now,
      touchedAt: now,
      step: 'opening',
      source: 'popup',
      rows: ids.map((id) => freshRow(id, mode)),
      visits,
      total: ids.length,
      target: first,
      sent: true,
      resends: 0,
    };
    // Another check under way is ended, as interrupted, rather than left to read as finished.
    const replaced = s.run && live(s.run, now) ? endedRun(s, s.run, 'interrupted', 'replaced') : {};
    const before = { ...s, ...replaced };
    if (opts.kind === 'one') return { ...replaced, run };
    const sweep: Sweep = { ids: [...ids], startedAt: now, endedAt: null, end: null };
    if (run.service !== 'linkedin') return { ...replaced, run, checks: { ...before.checks, [run.service]: sweep } };
    return { ...replaced, run, sweep, prefs: { ...s.prefs, chosen: [...ids] } };
  });
  await rerun();
}

/** The popup's button and the reminders: check the AI switch, and switch it off unless audit only. */
export function startAudit(mode?: Mode, active = false): Promise<void> {
  return startCheck({ ids: [GENERATIVE_AI.id], kind: 'one', mode, active });
}

/** The privacy check: the given settings (else the user's last choice, else the recommended ones). */
export async function startSweep(ids?: readonly string[], mode?: Mode): Promise<void> {
  const chosen = ids ?? (await readState()).state.prefs.chosen ?? RECOMMENDED;
  // Keep the data's order, whatever order the ids came in: the AI switch first.
  const order = SETTINGS.map((s) => s.id).filter((id) => chosen.includes(id));
  await startCheck({ ids: order, kind: 'sweep', mode });
}

/** Check one of the other services: every setting of it, switched off unless audit only. */
export async function startServiceCheck(service: OptionalServiceId, mode?: Mode): Promise<void> {
  // Not added (its host not granted): no tab is opened, nothing of ours would run there.
  if (!(await hostGranted(serviceById(service).origin))) return;
  await startCheck({ ids: settingsOf(service).map((s) => s.id), kind: 'service', mode });
}

/** A service removed while it is being checked: its check ends there. */
export async function endServiceRun(service: OptionalServiceId): Promise<void> {
  const { state } = await readState();
  if (state.run?.service === service) await recordEnd(state.run.tabId, 'interrupted', 'service-removed');
}

const live = (run: Run | null, now: number): run is Run => run !== null && now - run.touchedAt < RUN_STALE_MS;
const stepOf = (row: RowRun | undefined): Step => (row?.phase === 'verify' ? 'confirming' : 'searching');
const QUIET: BeginReply = { plan: null, settingId: null, scan: true };

/** A load of a preferences page asks what to do: the run's plan for it, a new run for a page opened by hand, or only a look for new settings. */
export async function beginAudit(tabId: number, origin: string, path: string): Promise<BeginReply> {
  const now = Date.now();
  let reply: BeginReply = QUIET;
  await update((s) => {
    const run = s.run;
    if (run?.tabId === tabId) {
      if (!isAt(run.target, origin, path)) return null;
      const target = run.target!;
      const row = 'row' in target ? run.rows.find((r) => r.id === target.row) : undefined;
      // In a sweep the fresh load that verifies comes after the other pages: the page may be left sooner.
      const plan = row ? planFor(row) : null;
      // Brisk only when other settings' pages come before the load that verifies it. The
      // category pages still to look at do not count: they load fast, and a verifying load
      // after them came before LinkedIn had answered the save (a needless second click, seen
      // in CI on the last setting of a sweep).
      const brisk = run.kind !== 'one' && run.rows.length > 1;
      reply = row && plan ? { plan: plan.phase === 'act' && brisk ? { ...plan, brisk: true } : plan, settingId: row.id, scan: true } : QUIET;
      return { run: { ...run, sent: false, step: stepOf(row), touchedAt: now } };
    }
    // Another tab's check is under way: this one stays quiet rather than click twice.
    if (live(run, now)) return null;
    // A page opened by hand: its settings are checked; only the ones the user chose are switched off.
    const here = ALL_SETTINGS.filter((setting) => setting.origin === origin && isSettingPath(setting, path));
    if (here.length === 0) return null;
    const rows = here.map((setting) => freshRow(setting.id, isChosen(s, setting.id) ? s.prefs.mode : 'audit'));
    const target = nextTarget(rows, []);
    const next: Run = {
      kind: 'one',
      service: here[0]!.service,
      tabId,
      startedAt: now,
      touchedAt: now,
      step: 'searching',
      source: 'page',
      rows,
      visits: [],
      total: rows.length,
      target,
      sent: false,
      resends: 0,
    };
    reply = { plan: planFor(rows[0]!), settingId: rows[0]!.id, scan: true };
    return { run: next };
  });
  return reply;
}

/**
 * `audit/begin` from another service's page, whose script carries no data: the answer
 * brings the setting's row, how that service shows a signed-out visitor, and the paths of
 * its settings pages (to notice an in-app move to one).
 */
export async function beginSiteAudit(tabId: number, origin: string, path: string): Promise<SiteReply> {
  const reply = await beginAudit(tabId, origin, path);
  const service = serviceAt(origin);
  const row = reply.settingId === null ? undefined : settingById(reply.settingId);
  return {
    ...reply,
    row: row?.origin === origin ? row : null,
    signedOut: service?.signedOutHook ?? null,
    watch: service?.settings.map((s) => s.path) ?? [],
  };
}

/** The run of this tab, when its current target is this setting. */
const runFor = (s: State, tabId: number, settingId: string): Run | null =>
  s.run?.tabId === tabId && s.run.target !== null && 'row' in s.run.target && s.run.target.row === settingId ? s.run : null;

/** A load asks to click: counted here, so at most three clicks per setting and run, across every load. */
export async function grantClick(tabId: number, settingId: string): Promise<{ click: number | null }> {
  let click: number | null = null;
  await update((s) => {
    const run = runFor(s, tabId, settingId);
    const row = run?.rows.find((r) => r.id === settingId);
    if (!run || !row || !mayClick(row)) return null;
    const n = row.clicks + 1;
    click = n;
    return { run: { ...run, rows: run.rows.map((r) => (r === row ? { ...r, clicks: n } : r)), step: 'switching', touchedAt: Date.now() } };
  });
  return { click };
}

export async function recordProgress(tabId: number, step: Step): Promise<void> {
  // Read inside the queue: a late progress message never brings back a finished run.
  await update((s) => (s.run?.tabId === tabId && s.run.step !== step ? { run: { ...s.run, step, touchedAt: Date.now() } } : null));
}

/** The values that close one setting's check with an outcome (and a reading, when it gave one). */
function finishRow(s: State, id: string, d: Finished, run: Run | null, clicks: number, page: State['settings'][string]['page'] = null): State['settings'] {
  const now = Date.now();
  const record = recordOf(s, id);
  const audit = { outcome: d.outcome, at: now, source: run?.source ?? 'page', clicks, detail: d.detail };
  return { ...s.settings, [id]: { audit, known: d.known ? { state: d.known, at: now } : record.known, page } };
}

/** Where the run goes after a change: on to its next target, or ended. */
function advance(s: State, run: Run, rows: RowRun[], visits: string[], settings?: State['settings']): Partial<State> {
  const target = nextTarget(rows, visits);
  const changed = settings ? { settings } : {};
  if (target === null) return { run: null, ...changed, ...endSweep(s, run, 'done') };
  const row = 'row' in target ? rows.find((r) => r.id === target.row) : undefined;
  return { ...changed, run: { ...run, rows, visits, target, sent: true, resends: 0, step: stepOf(row), touchedAt: Date.now() } };
}

/** The summary of the privacy check or of a service's check, closed with how it ended (nothing for a check of one setting). */
function endSweep(s: State, run: Run, end: NonNullable<Sweep['end']>): Partial<State> {
  if (run.kind === 'one') return {};
  const service = run.service;
  const summary = service === 'linkedin' ? s.sweep : s.checks[service];
  if (!summary || summary.end !== null) return {};
  const ended = { ...summary, end, endedAt: Date.now() };
  return service === 'linkedin' ? { sweep: ended } : { checks: { ...s.checks, [service]: ended } };
}

/** Send the run's tab to its target: a reload when it is there already, else (after a pause) the page. */
async function goTo(tabId: number, target: Target, from: string | null): Promise<void> {
  const url = urlOf(target);
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

/** What a load found about one setting (and new things on its page): finish it, and send the tab on. */
export async function recordReport(
  tabId: number,
  origin: string,
  path: string,
  settingId: string,
  report: LoadReport,
  found: Found[],
  seen: SwitchSeen[],
  fresh: boolean,
): Promise<void> {
  // A page that showed only a signed-out visitor's view ends the check as a sign-in page does.
  if (report.kind === 'failed' && report.outcome === 'signed-out') {
    if (runFor((await readState()).state, tabId, settingId)) await recordEnd(tabId, 'signed-out');
    return;
  }
  // A page reached by in-app navigation shows what the app had loaded, maybe before a change
  // made elsewhere: its "off" is verified by a fresh load, like the page after a click.
  if (!fresh && report.kind === 'read' && report.state === 'off') report = { kind: 'settled', state: 'off', toast: false };
  let go: Target | null = null;
  await update((s) => {
    const kept = found.length ? { found: mergeFound(s.found, found, Date.now(), FOUND_KEPT) } : {};
    const run = runFor(s, tabId, settingId);
    if (!run) {
      // A page whose check has ended (or was never ours) may still tell a fresh reading.
      if (report.kind !== 'read' || !fresh || !settingById(settingId)) return kept;
      const d: Finished = { kind: 'finish', outcome: report.state === 'off' ? 'already-off' : 'left-on', known: report.state };
      return { ...kept, settings: finishRow(s, settingId, d, null, 0) };
    }
    const clicks = run.rows.find((r) => r.id === settingId)?.clicks ?? 0;
    const { rows, finished } = afterReport(run.rows, settingId, report);
    const missing = finished?.outcome === 'not-found' || finished?.outcome === 'ambiguous';
    const page = missing ? { path, switches: seen } : null;
    const settings = finished ? finishRow(s, settingId, finished, run, clicks, page) : undefined;
    const next = advance(s, run, rows, run.visits, settings);
    go = next.run?.target ?? null;
    return { ...kept, ...next };
  });
  if (go) await goTo(tabId, go, origin + path);
}

/** A look at a page for settings we do not know; on a category page of a sweep, the sweep goes on. */
export async function recordScan(tabId: number, origin: string, path: string, found: Found[]): Promise<void> {
  let go: Target | null = null;
  await update((s) => {
    const kept = found.length ? { found: mergeFound(s.found, found, Date.now(), FOUND_KEPT) } : {};
    const run = s.run;
    if (run?.tabId !== tabId || !run.target || !('visit' in run.target) || !isAt(run.target, origin, path)) return kept;
    const visit = run.target.visit;
    const next = advance(
      s,
      run,
      run.rows,
      run.visits.filter((v) => v !== visit),
    );
    go = next.run?.target ?? null;
    return { ...kept, ...next };
  });
  if (go) await goTo(tabId, go, origin + path);
}

/**
 * End the run of this tab (or any run, for `tabId` null): the setting being checked gets
 * the outcome; the settings not reached keep their earlier record ("not checked" in this sweep).
 */
export async function recordEnd(tabId: number | null, outcome: Outcome, detail?: string): Promise<void> {
  await update((s) => {
    const run = s.run;
    if (!run || (tabId !== null && run.tabId !== tabId)) return null;
    return endedRun(s, run, outcome, detail);
  });
}

/** The values that end a run: the setting under way gets the outcome, the summary how it ended. */
function endedRun(s: State, run: Run, outcome: Outcome, detail?: string): Partial<State> {
  const target = run.target;
  const row = target && 'row' in target ? run.rows.find((r) => r.id === target.row) : undefined;
  const settings = row ? finishRow(s, row.id, { kind: 'finish', outcome, detail, known: null }, run, row.clicks) : s.settings;
  // Every setting has its result and only the category pages were left: the sweep is done.
  if (run.rows.length === 0) return { run: null, settings, ...endSweep(s, run, 'done') };
  const end = outcome === 'signed-out' ? (detail === 'checkpoint' ? 'checkpoint' : 'signed-out') : 'interrupted';
  return { run: null, settings, ...endSweep(s, run, end) };
}

/** Watch the run's tab: a sign-in page or checkpoint, another page, or closing ends the run. */
export async function onTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  if (isSignInUrl(url)) return recordEnd(tabId, 'signed-out', new URL(url).pathname.startsWith('/checkpoint/') ? 'checkpoint' : undefined);
  const place = placeOf(url);
  let left = false;
  await update((s) => {
    const run = s.run;
    if (run?.tabId !== tabId || (place !== null && isAt(run.target, place.service.origin, place.path))) return null;
    // Every setting is done; only the look at the category pages is left: the sweep is done.
    if (run.target && 'visit' in run.target) return advance(s, run, run.rows, []);
    left = true;
    return null;
  });
  if (left) await recordEnd(tabId, 'interrupted', 'left-page');
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

/** Send a stuck run's tab to its target again. */
export async function resendIfStuck(now: number): Promise<void> {
  let go: { tabId: number; target: Target } | null = null;
  await update((s) => {
    const run = s.run;
    if (!mayResend(run, now)) return null;
    go = { tabId: run.tabId, target: run.target };
    return { run: { ...run, resends: run.resends + 1, touchedAt: now } };
  });
  const stuck = go as { tabId: number; target: Target } | null;
  if (stuck) await goTo(stuck.tabId, stuck.target, null);
}
