// The click granted with a load's plan. Asking the worker for a click once the switch is
// seen on costs a round trip (10-20 ms on a loaded machine: most of the reaction), so a load
// that may click is given its first click with its plan, counted at once as any click is
// (the row's three, the ten-minute window). A load that did not use it says so in its
// report and it is given back. A grant never reported (the tab closed, the page reloaded
// itself) stays counted: the bound errs towards fewer clicks, never more. The content
// script's side: src/content/check.ts.
import { windowAllows, withClick, withoutClick } from './click-window';
import { mayClick } from './run';
import type { RowRun } from './sweep';

/**
 * May this load be given its click with its plan? The row may click, and the ten-minute window
 * has room, whoever started the check: a grant given back must never take another click's place
 * in the window (the log keeps the newest three, so a grant on a full log pushed a real click
 * out, and giving it back then left room for a fourth). With the window full, a check the user
 * started still asks `audit/click` when it sees the switch on, as before grants.
 */
export function mayGrant(row: RowRun, clicked: readonly number[], now: number): boolean {
  return mayClick(row) && windowAllows(clicked, now);
}

/**
 * One more click on the row, counted at `now`: in the row (its number is the new count) and
 * in the setting's click log. `granted`: given with the plan, marked until the load reports.
 */
export function countClick(row: RowRun, clicked: readonly number[], now: number, granted = false): { row: RowRun; clicked: number[] } {
  const { granted: _, ...rest } = row;
  return { row: { ...rest, clicks: row.clicks + 1, ...(granted ? { granted: now } : {}) }, clicked: withClick(clicked, now) };
}

/**
 * The load has reported: the click granted with its plan is given back if it was not used
 * (one click off the row's count, its entry off the log), and the mark goes either way.
 */
export function settleGrant(row: RowRun, clicked: readonly number[], unused: boolean): { row: RowRun; clicked: number[] } {
  const { granted, ...rest } = row;
  if (granted === undefined || !unused) return { row: rest, clicked: [...clicked] };
  return { row: { ...rest, clicks: Math.max(0, row.clicks - 1) }, clicked: withoutClick(clicked, granted) };
}
