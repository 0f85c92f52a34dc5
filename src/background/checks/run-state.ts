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
import { recordOf, update } from '../../store/store';

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

export const live = (run: Run | null, now: number): run is Run => run !== null && now - run.touchedAt < RUN_STALE_MS;
export const stepOf = (row: RowRun | undefined): Step => (row?.phase === 'verify' ? 'confirming' : 'searching');

/** The run of this tab, when its current target is this setting. */
export const runFor = (s: State, tabId: number, settingId: string): Run | null =>
  s.run?.tabId === tabId && s.run.target !== null && 'row' in s.run.target && s.run.target.row === settingId ? s.run : null;

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
export function endedRun(s: State, run: Run, outcome: Outcome, detail?: string): Partial<State> {
  const target = run.target;
  const row = target && 'row' in target ? run.rows.find((r) => r.id === target.row) : undefined;
  const settings = row ? finishRow(s, row.id, { kind: 'finish', outcome, detail, known: null }, run, row.clicks) : s.settings;
  // Every setting has its result and only the category pages were left: the sweep is done.
  if (run.rows.length === 0) return { run: null, settings, ...endSweep(s, run, 'done') };
  const end = outcome === 'signed-out' ? (detail === 'checkpoint' ? 'checkpoint' : 'signed-out') : 'interrupted';
  return { run: null, settings, ...endSweep(s, run, end) };
}
