// The privacy check seen from the extension's pages: start it, and say where it stands
// in one line (its progress, how it ended, or its counts). The popup and the options
// page show the same line, from the same reading of storage (engine/check/rows.ts, services/linkedin/privacy-check.ts).
import browser from 'webextension-polyfill';
import { tally } from '../engine/check/rows';
import { chosenIds } from '../services/linkedin/privacy-check';
import type { OptionalService } from '../services';
import { rowsOf } from '../services';
import { RECOMMENDED } from '../services/linkedin/switches';
import { formatAgo } from '../engine/time/ago';
import { t, textLocale, tn } from '../platform/i18n';
import type { Message } from '../protocol/messages';
import type { Sweep } from '../store/schemas';
import { runningFor, type Running } from '../engine/check/parallel';
import type { State } from '../store/items';

/** Ask the worker to check another service (or one setting of it the user chose); false when it could not be reached. */
export async function startServiceCheck(service: OptionalService, setting?: string): Promise<boolean> {
  try {
    await browser.runtime.sendMessage({ type: 'service/start', service: service.id, setting } satisfies Message);
    return true;
  } catch (error) {
    console.error('service/start failed', error);
    return false;
  }
}

/** Ask the worker to sweep these settings; false when it could not be reached. */
export async function startSweep(ids?: readonly string[]): Promise<boolean> {
  try {
    await browser.runtime.sendMessage({ type: 'sweep/start', ids: ids ? [...ids] : undefined } satisfies Message);
    return true;
  } catch (error) {
    console.error('sweep/start failed', error);
    return false;
  }
}

/** Where the privacy check stands, in one line; `short` for the popup. */
export function sweepLine(state: State, short = false, now?: number): string {
  const { sweep } = state;
  const run = runningFor(state.runs, 'linkedin');
  if (run?.kind === 'sweep') return progressLine(run, 'privacyProgress', t('stepConfirming'));
  if (!sweep) return t(short ? 'rowUnchecked' : 'privacyNever');
  if (sweep.end === 'signed-out' || sweep.end === 'checkpoint') {
    if (short) return t('problemSignedOutTitle');
    return t(sweep.end === 'checkpoint' ? 'privacyEndedCheckpoint' : 'privacyEndedSignedOut');
  }
  return countsLine(state, sweep, chosenIds(state.prefs.chosen ?? RECOMMENDED), short, now);
}

/** Where another service's check stands, in one line; `granted` false: the service is not added. */
export function serviceLine(state: State, service: OptionalService, granted: boolean, short = false, now?: number): string {
  if (!granted) return t('serviceNotAdded');
  const run = runningFor(state.runs, service.id);
  if (run?.kind === 'service') return progressLine(run, 'serviceProgress', t('serviceConfirming', service.name));
  const check = state.checks[service.id];
  if (!check) return t('rowUnchecked');
  if (check.end === 'signed-out' || check.end === 'checkpoint') return t(short ? 'serviceSignedOutShort' : 'serviceSignedOut', service.name);
  const ids = rowsOf(service.id, state.sites).map((s) => s.id);
  // A service whose setting is per site, and whose list showed none: nothing to count.
  if (ids.length === 0 && check.end === 'done') return t('serviceNoSites', service.name);
  return countsLine(state, check, ids, short, now);
}

/** Every setting of the service verified off by its last check (or not offered here, one at least off), and no check of it under way. */
export function verifiedOff(state: State, service: OptionalService): boolean {
  const check = state.checks[service.id];
  if (!check || check.end === null || state.runs.some((r) => r.service === service.id)) return false;
  const ids = rowsOf(service.id, state.sites).map((s) => s.id);
  // A setting not offered here has nothing to switch off; the others must be off, and one at least.
  const counts = tally(state.settings, ids, check.startedAt);
  return counts.off > 0 && counts.off + counts.absent === ids.length;
}

/** A check under way: two passes, each page switched off (or read), then each verified by a fresh load. */
function progressLine(run: Running, key: 'privacyProgress' | 'serviceProgress', confirming: string): string {
  const acting = run.rows.filter((r) => r.phase === 'act').length;
  const n = acting > 0 ? run.total - acting + 1 : run.total - run.rows.length + 1;
  const line = t(key, String(Math.min(run.total, n)), String(run.total));
  return acting > 0 ? line : `${line} · ${confirming}`;
}

/** How a finished check left its settings: verified off, on, not checked; and when, in full. */
function countsLine(state: State, summary: Sweep, ids: readonly string[], short: boolean, now?: number): string {
  if (summary.end === 'interrupted' && !short) return t('privacyEndedInterrupted');
  const counts = tally(state.settings, ids, summary.startedAt);
  // What is not offered here is counted apart, never as a setting still to switch off.
  const offered = ids.length - counts.absent;
  const parts = offered > 0 ? [t('privacyCounts', String(counts.off), String(offered))] : [];
  if (counts.on) parts.push(tn('privacyOnCount', counts.on, String(counts.on)));
  const open = counts.unchecked + counts.problem;
  if (open) parts.push(tn('privacyOpenCount', open, String(open)));
  if (counts.absent) parts.push(tn('privacyNotOfferedCount', counts.absent, String(counts.absent)));
  if (!short && summary.endedAt !== null && now !== undefined)
    parts.push(t('privacyFinished', formatAgo(Math.max(0, now - summary.endedAt), textLocale(), t('justNow'))));
  return parts.join(' · ');
}
