// The loads of a check's pages: each asks what to do (a plan for one setting, a new run for
// a page opened by hand, or only a look for new settings), asks before every click (counted
// here, at most three per setting and run, across every load, and, for pages opened by hand,
// three per setting in any ten minutes, across every run), and reports; the run then
// goes on to its next page. Another service's page carries no data: its answer brings the
// setting's row.
import type { BeginReply, SiteReply } from '../../engine/check/replies';
import { mayClick, planFor } from '../../engine/check/run';
import type { Step } from '../../engine/check/outcomes';
import { afterReport, type Finished, freshRow, nextTarget, type RowRun, type Target } from '../../engine/check/sweep';
import { type Found, mergeFound, type PageSeen } from '../../engine/switch/discover';
import type { LoadReport } from '../../engine/switch/load';
import { type OptionalServiceId, serviceAt, settingById } from '../../services';
import { settingsAt, siteListAt } from './site-rows';
import { siteRow } from '../../engine/check/sites';
import { FOUND_KEPT } from '../../store/items';
import type { Run } from '../../store/schemas';
import { readState, recordOf } from '../../store/store';
import type { State } from '../../store/items';
import { CLICK_LIMIT, CLICK_WINDOW_MS, windowAllows } from '../../engine/check/click-window';
import { countClick, mayGrant, settleGrant } from '../../engine/check/grant';
import { hostGranted } from '../scripts';
import { goTo } from './navigate';
import { stillHeld } from '../access-lost';
import { advance, finishRow, isAt, isChosen, live, recordEnd, runFor, runOfTab, stepOf, targetOf, withRun } from './run-state';
import { updateRuns } from './close-tabs';
import { startedOf } from './starting';

const QUIET: BeginReply = { plan: null, settingId: null, scan: true };

/** A load of a preferences page asks what to do: the run's plan for it, a new run for a page opened by hand, or only a look for new settings. */
export async function beginAudit(tabId: number, origin: string, path: string): Promise<BeginReply> {
  // A check of this service being started: its runs are written first, so this tab's is known.
  await startedOf(serviceAt(origin)?.id);
  // A click is granted with the plan only while the host is held (grantClick asks the same, and ends the runs if not).
  const held = await hostGranted(origin);
  const now = Date.now();
  let reply: BeginReply = QUIET;
  await updateRuns((s) => {
    const run = runOfTab(s, tabId);
    if (run) {
      if (!isAt(run.target, origin, path)) return null;
      const target = run.target!;
      const found = 'row' in target ? run.rows.find((r) => r.id === target.row) : undefined;
      // In a sweep the fresh load that verifies comes after the other pages: the page may be left sooner.
      const plan = found ? planFor(found) : null;
      // Brisk only when other settings' pages come before the load that verifies it. The
      // category pages still to look at do not count: they load fast, and a verifying load
      // after them came before LinkedIn had answered the save (a needless second click, seen
      // in CI on the last setting of a sweep).
      const brisk = run.kind !== 'one' && run.rows.length > 1;
      reply = found && plan ? { plan: plan.phase === 'act' && brisk ? { ...plan, brisk: true } : plan, settingId: found.id, scan: true } : QUIET;
      // This load's first click, granted with its plan (a grant of an earlier load never reported stays counted).
      const granted = found && held ? grantWithPlan(s, origin, found, now) : null;
      if (granted) reply = { ...reply, click: granted.row.clicks };
      const row = granted?.row ?? (found && withoutMark(found));
      const rows = run.rows.map((r) => (r === found && row ? row : r));
      return {
        runs: withRun(s, tabId, { ...run, rows, sent: false, step: stepOf(row), touchedAt: now }),
        ...(granted ? { clickLog: granted.clickLog } : {}),
      };
    }
    // Another tab's check of this service is under way: this one stays quiet rather than click twice.
    const service = serviceAt(origin)?.id;
    if (s.runs.some((r) => r.service === service && live(r, now))) return null;
    // A page opened by hand: its settings are checked; only the ones the user chose are switched
    // off (an app's home, where the user works, is no settings page: a visit starts nothing). A setting left alone for its spent clicks starts no run until the window has passed:
    // a page that reloads itself only loads, and the record keeps saying why.
    const here = settingsAt(origin, path).filter((setting) => !setting.home && !clickLimited(s, setting.id, now));
    if (here.length === 0) return null;
    const fresh = here.map((setting) => freshRow(setting.id, isChosen(s, setting.id) ? s.prefs.mode : 'audit'));
    const target = nextTarget(fresh, []);
    const granted = held ? grantWithPlan(s, origin, fresh[0]!, now) : null;
    const rows = granted ? [granted.row, ...fresh.slice(1)] : fresh;
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
      // The user's own page: it stays open when its check ends.
      opened: false,
      siblingEnd: null,
    };
    reply = { plan: planFor(fresh[0]!), settingId: fresh[0]!.id, scan: true, ...(granted ? { click: granted.row.clicks } : {}) };
    // A silent run of this service left behind is replaced, as before checks ran side by side.
    return { runs: [...s.runs.filter((r) => r.service !== next.service && r.tabId !== tabId), next], ...(granted ? { clickLog: granted.clickLog } : {}) };
  });
  return reply.click === undefined ? reply : await grantStored(reply, tabId, now, origin);
}

/**
 * A click is handed out only once it is counted in storage: data written by a newer version
 * is never written over (store.ts), and a click counted nowhere would be a click unbounded.
 */
async function grantStored(reply: BeginReply, tabId: number, at: number, origin: string): Promise<BeginReply> {
  const row = runOfTab((await readState()).state, tabId)?.rows.find((r) => r.id === reply.settingId);
  // Access taken back between the first look and the write: the run may have been written after
  // the runs without access were ended, and its tab told nothing. No click (it stays counted).
  if (row?.granted === at && (await stillHeld(origin))) return reply;
  const { click: _, ...withoutClick } = reply;
  return withoutClick;
}

/**
 * The load's first click, granted with its plan and counted at once, exactly as grantClick
 * counts a click (engine/check/grant.ts), or null: none (the load asks when it sees the
 * switch on, and grantClick answers, ending a row whose window is spent).
 */
function grantWithPlan(s: State, origin: string, row: RowRun, now: number): { row: RowRun; clickLog: State['clickLog'] } | null {
  const clicked = s.clickLog[row.id] ?? [];
  if (settingById(row.id)?.origin !== origin || !mayGrant(row, clicked, now)) return null;
  const counted = countClick(row, clicked, now, true);
  return { row: counted.row, clickLog: { ...s.clickLog, [row.id]: counted.clicked } };
}

/** A row without the mark of an earlier load's grant: a grant never reported stays counted, and is never given back later. */
const withoutMark = ({ granted: _, ...row }: RowRun): RowRun => row;

/**
 * `audit/begin` from another service's page, whose script carries no data: the answer
 * brings the setting's row and how that service shows a signed-out visitor.
 */
export async function beginSiteAudit(tabId: number, origin: string, path: string): Promise<SiteReply> {
  const reply = await beginAudit(tabId, origin, path);
  const service = serviceAt(origin);
  const row = reply.settingId === null ? undefined : settingById(reply.settingId);
  // The run's visit of the service's list of the user's sites: the shape of the links that name them.
  const run = runOfTab((await readState()).state, tabId);
  const list = reply.plan === null && run && isAt(run.target, origin, path) ? siteListAt(origin, path) : undefined;
  return {
    ...reply,
    row: row?.origin === origin ? row : null,
    signedOut: service?.signedOutHook ?? null,
    ...(list?.perSite ? { sites: list.perSite.link } : {}),
  };
}

/**
 * The user's sites, read from the service's list of them by the run's visit: kept (addresses
 * only, in local storage), and each site not known before added to the run as a row of its
 * own. The list page is the truth: a site gone from it is no longer shown or checked.
 */
export async function recordSites(tabId: number, origin: string, path: string, sites: readonly string[]): Promise<void> {
  const template = siteListAt(origin, path);
  if (!template) return;
  let go: Target | null = null;
  await updateRuns((s) => {
    const service = template.service as OptionalServiceId;
    const known = s.sites[service] ?? [];
    const kept = { sites: { ...s.sites, [service]: [...sites] } };
    const run = runOfTab(s, tabId);
    if (!run || run.service !== service || !run.target || !('visit' in run.target) || !isAt(run.target, origin, path)) return null;
    const visit = run.target.visit;
    const added = sites.filter((site) => !known.includes(site)).map((site) => freshRow(siteRow(template, site).id, s.prefs.mode));
    const summary = s.checks[service];
    const checks = summary ? { checks: { ...s.checks, [service]: { ...summary, ids: [...summary.ids, ...added.map((r) => r.id)] } } } : {};
    const grown = { ...run, total: run.total + added.length };
    const next = advance(
      { ...s, ...checks },
      grown,
      [...run.rows, ...added],
      run.visits.filter((v) => v !== visit),
    );
    go = targetOf(next, tabId);
    return { ...kept, ...checks, ...next };
  });
  if (go) await goTo(tabId, go, origin + path);
}

/**
 * A load asks to click: counted here, so at most three clicks per setting and run, across
 * every load. Only a setting of the sender's own site, and only while its host is held: a
 * host taken back mid-check ends the run, nothing clicked.
 */
export async function grantClick(tabId: number, origin: string, settingId: string): Promise<{ click: number | null }> {
  let click: number | null = null;
  if (settingById(settingId)?.origin !== origin || !(await stillHeld(origin))) return { click };
  let go: Target | null = null;
  await updateRuns((s) => {
    const run = runFor(s, tabId, settingId);
    const row = run?.rows.find((r) => r.id === settingId);
    if (!run || !row || !mayClick(row)) return null;
    const now = Date.now();
    const clicked = s.clickLog[settingId] ?? [];
    // A page opened by hand (or one that reloads itself: a new run on every load) with three
    // clicks on this switch in the window already: refused, and the setting's check ends
    // saying why. A check the user starts (the popup, a service's card) is theirs to ask
    // for again, bounded by its own three clicks; its clicks still count here.
    if (run.source === 'page' && !windowAllows(clicked, now)) {
      const settings = finishRow(s, settingId, CLICK_LIMITED, run, row.clicks);
      const next = advance(
        s,
        run,
        run.rows.filter((r) => r !== row),
        run.visits,
        settings,
      );
      go = targetOf(next, tabId);
      return next;
    }
    const counted = countClick(row, clicked, now);
    click = counted.row.clicks;
    return {
      runs: withRun(s, tabId, { ...run, rows: run.rows.map((r) => (r === row ? counted.row : r)), step: 'switching', touchedAt: now }),
      clickLog: { ...s.clickLog, [settingId]: counted.clicked },
    };
  });
  if (go) await goTo(tabId, go, null);
  return { click };
}

/** A switch seen on (the load asked to click it) and left alone: the window's clicks were spent. */
const CLICK_LIMITED: Finished = { kind: 'finish', outcome: 'save-rejected', detail: CLICK_LIMIT, known: 'on' };

/** A recent "left alone, clicks spent" stands until the window has passed: a page still showing "on" says nothing new. */
const clickLimited = (s: State, settingId: string, now: number) => {
  const audit = recordOf(s, settingId).audit;
  return audit?.detail === CLICK_LIMIT && now - audit.at < CLICK_WINDOW_MS;
};

export async function recordProgress(tabId: number, step: Step): Promise<void> {
  // Read inside the queue: a late progress message never brings back a finished run.
  await updateRuns((s) => {
    const run = runOfTab(s, tabId);
    return run && run.step !== step ? { runs: withRun(s, tabId, { ...run, step, touchedAt: Date.now() }) } : null;
  });
}

/** What a load found about one setting (and new things on its page): finish it, and send the tab on. */
export async function recordReport(
  tabId: number,
  origin: string,
  path: string,
  settingId: string,
  report: LoadReport,
  found: Found[],
  seen: PageSeen | null,
  fresh: boolean,
  /** The click granted with the plan was not used: given back. */
  grantUnused = false,
): Promise<void> {
  // A setting is told only by its own site: a script on x.com says nothing of LinkedIn's
  // setting, whether a run is under way or not (a report without a run is still recorded).
  if (settingById(settingId)?.origin !== origin) return;
  // A page that showed only a signed-out visitor's view ends the check as a sign-in page does.
  if (report.kind === 'failed' && report.outcome === 'signed-out') {
    if (grantUnused) await updateRuns((s) => reportedGrant(s, tabId, settingId, true)?.changed);
    if (runFor((await readState()).state, tabId, settingId)) await recordEnd(tabId, 'signed-out');
    return;
  }
  // A page reached by in-app navigation shows what the app had loaded, maybe before a change
  // made elsewhere: its "off" is verified by a fresh load, like the page after a click.
  if (!fresh && report.kind === 'read' && report.state === 'off') report = { kind: 'settled', state: 'off', toast: false };
  let go: Target | null = null;
  await updateRuns((s) => {
    const kept = found.length ? { found: mergeFound(s.found, found, Date.now(), FOUND_KEPT) } : {};
    // The click granted with the plan: kept if used, given back if not, before the report is read (its count decides).
    const settled = reportedGrant(s, tabId, settingId, grantUnused);
    const run = settled?.run ?? runFor(s, tabId, settingId);
    const given = settled?.changed.clickLog ? { clickLog: settled.changed.clickLog } : {};
    if (!run) {
      // A page whose check has ended (or was never ours) may still tell a fresh reading.
      if (report.kind !== 'read' || !fresh || !settingById(settingId)) return kept;
      if (report.state === 'on' && clickLimited(s, settingId, Date.now())) return kept;
      const d: Finished = { kind: 'finish', outcome: report.state === 'off' ? 'already-off' : 'left-on', known: report.state };
      return { ...kept, settings: finishRow(s, settingId, d, null, 0) };
    }
    const clicks = run.rows.find((r) => r.id === settingId)?.clicks ?? 0;
    const { rows, finished } = afterReport(run.rows, settingId, report);
    const missing = finished?.outcome === 'not-found' || finished?.outcome === 'ambiguous';
    const page = missing && seen ? { path, ...seen } : null;
    const settings = finished ? finishRow(s, settingId, finished, run, clicks, page) : undefined;
    const next = advance(s, run, rows, run.visits, settings);
    go = targetOf(next, tabId);
    return { ...kept, ...given, ...next };
  });
  if (go) await goTo(tabId, go, origin + path);
}

/**
 * The run of this tab with the mark of the click granted with the load's plan settled: given
 * back when `unused` (the row's count, the log's entry), dropped when used. Null: no mark.
 */
function reportedGrant(s: State, tabId: number, settingId: string, unused: boolean): { run: Run; changed: Partial<State> } | null {
  const run = runFor(s, tabId, settingId);
  const row = run?.rows.find((r) => r.id === settingId);
  if (!run || row?.granted === undefined) return null;
  const settled = settleGrant(row, s.clickLog[settingId] ?? [], unused);
  const next = { ...run, rows: run.rows.map((r) => (r === row ? settled.row : r)) };
  return { run: next, changed: { runs: withRun(s, tabId, next), ...(unused ? { clickLog: { ...s.clickLog, [settingId]: settled.clicked } } : {}) } };
}

/** A look at a page for settings we do not know; on a category page of a sweep, the sweep goes on. */
export async function recordScan(tabId: number, origin: string, path: string, found: Found[]): Promise<void> {
  let go: Target | null = null;
  await updateRuns((s) => {
    const kept = found.length ? { found: mergeFound(s.found, found, Date.now(), FOUND_KEPT) } : {};
    const run = runOfTab(s, tabId);
    if (!run?.target || !('visit' in run.target) || !isAt(run.target, origin, path)) return kept;
    const visit = run.target.visit;
    const next = advance(
      s,
      run,
      run.rows,
      run.visits.filter((v) => v !== visit),
    );
    go = targetOf(next, tabId);
    return { ...kept, ...next };
  });
  if (go) await goTo(tabId, go, origin + path);
}
