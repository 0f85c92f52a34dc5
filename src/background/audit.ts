// The worker's side of an audit: open the settings page for the popup, answer the
// content script, record its report, and notice the tab being sent to sign-in, closed
// or taken elsewhere. Everything it needs later is in storage, not in memory, because
// the worker can be stopped at any moment.
import { knownStateAfter, type Mode, type Outcome, type Step } from '../core/outcomes';
import { GENERATIVE_AI, isSettingPath, isSignInUrl, LINKEDIN_ORIGIN, settingUrl } from '../core/settings';
import type { BeginReply } from '../messages';
import { readState, writeState } from '../storage';
import { openOrReuse } from './tabs';

const SETTING_URL = settingUrl(GENERATIVE_AI);

/**
 * Open the settings page, or reload it if it is open. From the popup it opens in the
 * background, so the popup stays open and shows progress; from a notification, in front.
 */
export async function startAudit(mode?: Mode, active = false): Promise<void> {
  const { prefs } = await readState();
  const { tabId, rerun } = await openOrReuse(SETTING_URL, active);
  await writeState({ run: { tabId, startedAt: Date.now(), step: 'opening', source: 'popup', mode: mode ?? prefs.mode } });
  await rerun();
}

/** The content script is on the page: note the run and tell it which mode applies. */
export async function beginAudit(tabId: number): Promise<BeginReply> {
  const { run, prefs } = await readState();
  if (run?.tabId === tabId) {
    await writeState({ run: { ...run, step: 'searching' } });
    return { mode: run.mode };
  }
  // The user opened the page by hand.
  await writeState({ run: { tabId, startedAt: Date.now(), step: 'searching', source: 'page', mode: prefs.mode } });
  return { mode: prefs.mode };
}

export async function recordProgress(tabId: number, step: Step): Promise<void> {
  const { run } = await readState();
  if (run?.tabId === tabId && run.step !== step) await writeState({ run: { ...run, step } });
}

export async function recordOutcome(
  tabId: number | null,
  report: { outcome: Outcome; clicks: number; detail?: string },
): Promise<void> {
  const { run, known } = await readState();
  const mine = run !== null && (tabId === null || run.tabId === tabId);
  const now = Date.now();
  const state = knownStateAfter(report.outcome);
  await writeState({
    audit: { outcome: report.outcome, clicks: report.clicks, detail: report.detail, at: now, source: mine ? run.source : 'page' },
    known: state ? { state, at: now } : known,
    ...(mine ? { run: null } : {}),
  });
}

/** Watch the audited tab: a sign-in page, another page, or closing ends the run. */
export async function onTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  const { run } = await readState();
  if (run?.tabId !== tabId) return;
  if (isSignInUrl(url)) return recordOutcome(tabId, { outcome: 'signed-out', clicks: 0 });
  const parsed = new URL(url);
  if (parsed.origin === LINKEDIN_ORIGIN && isSettingPath(GENERATIVE_AI, parsed.pathname)) return;
  await recordOutcome(tabId, { outcome: 'interrupted', clicks: 0, detail: 'left-page' });
}

export async function onTabRemoved(tabId: number): Promise<void> {
  const { run } = await readState();
  if (run?.tabId === tabId) await recordOutcome(tabId, { outcome: 'interrupted', clicks: 0, detail: 'tab-closed' });
}

