// The worker's side of a check, as pure decisions: what one load of the settings page is
// told to do, and what to do with its report. A run survives the page's reloads (and the
// worker's): its phase and its click count live in storage, so "at most three clicks" holds
// across every load. "Off" is only ever concluded from a fresh load that reads off; a
// verifying load only reads.
import type { LoadPlan, LoadReport } from '../switch/load';
import type { Mode, Outcome } from './outcomes';

/** At most this many clicks on the switch per run, across all loads. */
export const MAX_CLICKS = 3;

export interface RunState {
  /** act: the next load may click (optout mode); verify: the next load only reads. */
  phase: 'act' | 'verify';
  clicks: number;
  mode: Mode;
  /** An error alert was seen after one of the clicks. */
  toast: boolean;
}

export type Decision =
  | { kind: 'finish'; outcome: Outcome; detail?: string; known: 'on' | 'off' | null }
  /** Load the page again, for this phase. */
  | { kind: 'reload'; phase: 'act' | 'verify'; toast: boolean };

export function planFor(run: RunState): LoadPlan {
  return run.phase === 'verify' ? { phase: 'verify' } : { phase: 'act', mode: run.mode };
}

/** May this load click? Only in the act phase, in opt-out mode, within the bound. */
export function mayClick(run: RunState): boolean {
  return run.phase === 'act' && run.mode === 'optout' && run.clicks < MAX_CLICKS;
}

/** The report of one load, and the run so far: finish, or load the page again. */
export function decide(run: RunState, report: LoadReport): Decision {
  const toast = run.toast || (report.kind === 'settled' && report.toast);
  const rejected = (detail: string): Decision => ({ kind: 'finish', outcome: 'save-rejected', detail: toast ? 'error-toast' : detail, known: 'on' });
  switch (report.kind) {
    case 'failed':
      return { kind: 'finish', outcome: report.outcome, detail: report.detail, known: null };
    case 'read':
      // A fresh load shows the service's saved state: the only proof of "off".
      if (report.state === 'off') return { kind: 'finish', outcome: run.clicks > 0 ? 'turned-off' : 'already-off', known: 'off' };
      // On, and we did not click (audit only): reported, left as it is.
      if (run.clicks === 0) return { kind: 'finish', outcome: 'left-on', known: 'on' };
      // On after our click(s): the save did not hold (yet). Click again, with a longer wait.
      if (run.clicks < MAX_CLICKS && run.mode === 'optout') return { kind: 'reload', phase: 'act', toast };
      return rejected('not-saved');
    case 'settled':
      // The service put the switch back: the save failed. Try again on a fresh load, within the bound.
      if (report.state === 'on') return run.clicks < MAX_CLICKS ? { kind: 'reload', phase: 'act', toast } : rejected('reverted');
      // Looks off (or unreadable, or re-rendered away): only a fresh load can say.
      return { kind: 'reload', phase: 'verify', toast };
  }
}
