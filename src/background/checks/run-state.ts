// A check's run as it stands in storage, and the pure steps over it that every part of the
// worker shares: which page a target is, which settings are the user's to keep off, a
// setting's record once its check ends, where the run goes next, how it ends. The worker
// can be stopped at any moment: everything here reads and returns storage's state.
import type { Outcome, Step } from '../../engine/check/outcomes';
import { RUN_STALE_MS } from '../../engine/check/status';
import { type Finished, nextTarget, type RowRun, type Target } from '../../engine/check/sweep';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { settingById } from '../../services';
import { GENERATIVE_AI, LINKEDIN_ORIGIN } from '../../services/linkedin/switches';
import type { State } from '../../store/items';
import type { Run, Sweep } from '../../store/schemas';
import { recordOf } from '../../store/store';
import { updateRuns } from './close-tabs';

export const samePath = (a: string, b: string) => a.replace(/[/#]+$/, '') === b.replace(/[/#]+$/, '');

/**
 * The URL of a target: a setting's page, or a page to visit: one of LinkedIn's category
 * pages (a path), or another service's list of the user's sites (a whole URL).
 */
export function urlOf(target: Target): string {
  if ('row' in target) return settingUrl(settingById(target.row) ?? GENERATIVE_AI);
  return target.visit.startsWith('/') ? LINKEDIN_ORIGIN + target.visit : target.visit;
}

/** Is this page (origin and path, with its ?query and #hash) the target's? */
export function isAt(target: Target | null, origin: string, path: string): boolean {
  if (!target) return false;
  if ('visit' in target) {
    const url = new URL(urlOf(target));
    return origin === url.origin && samePath(url.pathname, path.split(/[?#]/)[0]!);
  }
  const setting = settingById(target.row);
  return setting !== undefined && setting.origin === origin && isSettingPath(setting, path);
}

/**
 * Is this setting the user's to keep off? The AI switch always is; LinkedIn's others when
 * chosen in the privacy check; another service's, all of them once the service is turned on
 * (its content script runs only then).
 */
export const isChosen = (s: State, id: string) => id === GENERATIVE_AI.id || (s.prefs.chosen ?? []).includes(id) || settingById(id)?.service !== 'linkedin';

export const live = (run: Run | null | undefined, now: number): run is Run => !!run && now - run.touchedAt < RUN_STALE_MS;
export const stepOf = (row: RowRun | undefined): Step => (row?.phase === 'verify' ? 'confirming' : 'searching');

/** The run of this tab (a check runs one per tab). */
export const runOfTab = (s: State, tabId: number): Run | null => s.runs.find((r) => r.tabId === tabId) ?? null;

/** Where this tab goes next after a change (null: its run ended, or did not change). */
export const targetOf = (changed: Partial<State>, tabId: number): Target | null => changed.runs?.find((r) => r.tabId === tabId)?.target ?? null;

/** The runs with this tab's run put in its place (or added), or taken out (`run` null). */
export function withRun(s: State, tabId: number, run: Run | null): Run[] {
  const others = s.runs.filter((r) => r.tabId !== tabId);
  if (!run) return others;
  return s.runs.some((r) => r.tabId === tabId) ? s.runs.map((r) => (r.tabId === tabId ? run : r)) : [...others, run];
}

/** The run of this tab, when its current target is this setting. */
export const runFor = (s: State, tabId: number, settingId: string): Run | null => {
  const run = runOfTab(s, tabId);
  return run?.target && 'row' in run.target && run.target.row === settingId ? run : null;
};

/** The values that close one setting's check with an outcome (and a reading, when it gave one). */
export function finishRow(
  s: State,
  id: string,
  d: Finished,
  run: Run | null,
  clicks: number,
  page: State['settings'][string]['page'] = null,
): State['settings'] {
  const now = Date.now();
  const record = recordOf(s, id);
  const audit = { outcome: d.outcome, at: now, source: run?.source ?? 'page', clicks, detail: d.detail };
  return { ...s.settings, [id]: { audit, known: d.known ? { state: d.known, at: now } : record.known, page } };
}

/** Where the run goes after a change: on to its next target, or ended. */
export function advance(s: State, run: Run, rows: RowRun[], visits: string[], settings?: State['settings']): Partial<State> {
  const target = nextTarget(rows, visits);
  const changed = settings ? { settings } : {};
  if (target === null) return { ...changed, ...closeRun(s, run, 'done') };
  const row = 'row' in target ? rows.find((r) => r.id === target.row) : undefined;
  return { ...changed, runs: withRun(s, run.tabId, { ...run, rows, visits, target, sent: true, resends: 0, step: stepOf(row), touchedAt: Date.now() }) };
}

type End = NonNullable<Sweep['end']>;
const WORSE: readonly End[] = ['done', 'interrupted', 'signed-out', 'checkpoint'];
const worse = (a: End, b: End | null): End => (b !== null && WORSE.indexOf(b) > WORSE.indexOf(a) ? b : a);

/**
 * The run of this tab taken out, and the summary of the privacy check or of a service's check
 * closed with how it ended, once its last tab is done: a tab that ended sooner leaves its end
 * with the tabs still checking, and the check ends as the worse of them (nothing for a check of one setting).
 */
function closeRun(s: State, run: Run, end: End): Partial<State> {
  const siblings = s.runs.filter((r) => r.tabId !== run.tabId && r.service === run.service && r.kind === run.kind);
  const ended = worse(end, run.siblingEnd);
  if (siblings.length > 0) {
    const told = (r: Run) => (ended === 'done' ? r : { ...r, siblingEnd: worse(ended, r.siblingEnd) as Run['siblingEnd'] });
    return { runs: s.runs.filter((r) => r.tabId !== run.tabId).map((r) => (siblings.includes(r) ? told(r) : r)) };
  }
  const runs = { runs: withRun(s, run.tabId, null) };
  if (run.kind === 'one') return runs;
  const service = run.service;
  const summary = service === 'linkedin' ? s.sweep : s.checks[service];
  if (!summary || summary.end !== null) return runs;
  const closed = { ...summary, end: ended, endedAt: Date.now() };
  return { ...runs, ...(service === 'linkedin' ? { sweep: closed } : { checks: { ...s.checks, [service]: closed } }) };
}

/**
 * End the run of this tab (every run, for `tabId` null): the setting being checked gets the
 * outcome; the settings not reached keep their earlier record ("not checked" in this sweep).
 * The other tabs go on.
 */
export async function recordEnd(tabId: number | null, outcome: Outcome, detail?: string): Promise<void> {
  await updateRuns((s) => {
    const ending = s.runs.filter((r) => tabId === null || r.tabId === tabId);
    return ending.length ? endedRuns(s, ending, outcome, detail) : null;
  });
}

/** The values that end a run: the setting under way gets the outcome, the summary how it ended. */
function endedRun(s: State, run: Run, outcome: Outcome, detail?: string): Partial<State> {
  const target = run.target;
  const row = target && 'row' in target ? run.rows.find((r) => r.id === target.row) : undefined;
  // A click granted with the load's plan and never reported is not known to have been made:
  // the record counts the clicks known (the window's log still counts it, for the bound).
  const clicks = row ? row.clicks - (row.granted === undefined ? 0 : 1) : 0;
  const settings = row ? finishRow(s, row.id, { kind: 'finish', outcome, detail, known: null }, run, clicks) : s.settings;
  // Every setting has its result and only the category pages were left: the sweep is done.
  if (run.rows.length === 0) return { settings, ...closeRun(s, run, 'done') };
  const end = outcome === 'signed-out' ? (detail === 'checkpoint' ? 'checkpoint' : 'signed-out') : 'interrupted';
  return { settings, ...closeRun(s, run, end) };
}

/** Several runs ended one after another (a check started again, a host taken back): each sees the others' ends. */
export function endedRuns(s: State, runs: readonly Run[], outcome: Outcome, detail?: string): Partial<State> {
  let changed: Partial<State> = {};
  for (const { tabId } of runs) {
    const now = { ...s, ...changed };
    const run = runOfTab(now, tabId); // as the ends before it left it (their end told to it)
    if (run) changed = { ...changed, ...endedRun(now, run, outcome, detail) };
  }
  return changed;
}
