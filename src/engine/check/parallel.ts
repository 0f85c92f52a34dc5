// A check spread over a few tabs of one service, as pure decisions: which settings each tab
// takes, and what is running for a service when several tabs check it at once. Each tab is a
// run of its own (its rows, clicks and fresh loads, sweep.ts and run.ts): spreading a check
// changes how many pages load at once, never what proves a row "off".
import { STEPS, type Step } from './outcomes';
import type { RowRun } from './sweep';

/** At most this many tabs check one service at once: a person with a few tabs open, not a crawler. */
export const TABS_PER_SERVICE = 3;

/** One tab's share of a check: its rows (in the data's order) and the pages it visits after them. */
interface Share {
  ids: string[];
  visits: string[];
}

/**
 * Deal the settings over at most `tabs` tabs, in turn, so each tab gets the same number
 * (give or take one) and the first setting (LinkedIn's AI switch) opens the first tab. The
 * pages to visit (LinkedIn's category pages, a list of the user's sites) go to the tab with
 * the fewest settings, after them. No setting: one tab for the visits alone (or none).
 */
export function shareOut(ids: readonly string[], visits: readonly string[], tabs: number): Share[] {
  const n = Math.max(1, Math.min(tabs, ids.length));
  const shares: Share[] = Array.from({ length: n }, () => ({ ids: [], visits: [] }));
  for (const [i, id] of ids.entries()) shares[i % n]!.ids.push(id);
  // Dealt in turn, the last tab holds the fewest settings.
  shares[n - 1]!.visits.push(...visits);
  return shares.filter((s) => s.ids.length > 0 || s.visits.length > 0);
}

/** The part of a stored run this file reads. */
export interface RunLike {
  service: string;
  kind: 'one' | 'sweep' | 'service';
  tabId: number;
  touchedAt: number;
  step: Step;
  rows: RowRun[];
  total: number;
}

/** What is running for one service, over all its tabs: one view for the popup and the dashboard's progress. */
export interface Running {
  kind: RunLike['kind'];
  service: string;
  /** Every row still to finish, over all the tabs. */
  rows: RowRun[];
  /** How many settings the check started with, over all the tabs ("4 of 13"). */
  total: number;
  /** The step of the tab furthest behind (searching before switching before confirming). */
  step: Step;
  /** The latest sign of life of any of its tabs. */
  touchedAt: number;
  tabs: number;
}

/** What is running for `service` (null: nothing): the dashboard and the popup read progress per service through this. */
export function runningFor(runs: readonly RunLike[], service: string): Running | null {
  const mine = runs.filter((r) => r.service === service);
  const first = mine[0];
  if (!first) return null;
  return {
    kind: first.kind,
    service,
    rows: mine.flatMap((r) => r.rows),
    total: mine.reduce((n, r) => n + r.total, 0),
    step: mine.reduce<Step>((step, r) => (STEPS.indexOf(r.step) < STEPS.indexOf(step) ? r.step : step), first.step),
    touchedAt: Math.max(...mine.map((r) => r.touchedAt)),
    tabs: mine.length,
  };
}
