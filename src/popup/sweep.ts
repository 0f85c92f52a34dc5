// The privacy check seen from the extension's pages: start it, and say where it stands
// in one line (its progress, how it ended, or its counts). The popup and the options
// page show the same line, from the same reading of storage (core/privacy-check.ts).
import browser from 'webextension-polyfill';
import { chosenIds, tally } from '../core/privacy-check';
import { RECOMMENDED } from '../core/settings';
import { formatAgo } from '../core/time';
import { t, textLocale, tn } from '../i18n';
import type { Message } from '../messages';
import type { State } from '../storage';

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
  const { run, sweep } = state;
  if (run?.kind === 'sweep') {
    // Two passes: each page switched off (or read), then each verified by a fresh load.
    const acting = run.rows.filter((r) => r.phase === 'act').length;
    const n = acting > 0 ? run.total - acting + 1 : run.total - run.rows.length + 1;
    const line = t('privacyProgress', String(Math.min(run.total, n)), String(run.total));
    return acting > 0 ? line : `${line} · ${t('stepConfirming')}`;
  }
  if (!sweep) return t(short ? 'rowUnchecked' : 'privacyNever');
  if (sweep.end === 'signed-out' || sweep.end === 'checkpoint') {
    if (short) return t('problemSignedOutTitle');
    return t(sweep.end === 'checkpoint' ? 'privacyEndedCheckpoint' : 'privacyEndedSignedOut');
  }
  if (sweep.end === 'interrupted' && !short) return t('privacyEndedInterrupted');
  const ids = chosenIds(state.prefs.chosen ?? RECOMMENDED);
  const counts = tally(state.settings, ids, sweep.startedAt);
  const parts = [t('privacyCounts', String(counts.off), String(ids.length))];
  if (counts.on) parts.push(tn('privacyOnCount', counts.on, String(counts.on)));
  const open = counts.unchecked + counts.problem;
  if (open) parts.push(tn('privacyOpenCount', open, String(open)));
  if (!short && sweep.endedAt !== null && now !== undefined)
    parts.push(t('privacyFinished', formatAgo(Math.max(0, now - sweep.endedAt), textLocale(), t('justNow'))));
  return parts.join(' · ');
}
