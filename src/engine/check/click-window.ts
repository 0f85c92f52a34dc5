// Clicks on one setting's switch over time, across runs. A run clicks at most three times
// (./run.ts), but a page that reloads itself, or is opened again and again, would start a
// new run each time and be given three more: so the clicks on a setting are also counted
// over a window of time, across every run and load, and kept in storage so that a worker
// stopped and started again counts them still. A run of a page opened by hand may not click
// once the window holds three (a check the user starts is theirs to repeat: its own bound
// holds). The user is told why we stopped (problemClickLimit, which says these numbers).
import { MAX_CLICKS } from './run';

/** At most CLICKS_PER_WINDOW clicks on one setting in any CLICK_WINDOW_MS. */
export const CLICK_WINDOW_MS = 10 * 60_000;
export const CLICKS_PER_WINDOW = MAX_CLICKS;

/**
 * The clicks still counted at `now`, oldest first. A click recorded "in the future" (the
 * clock was set back) still counts, within the window's length, so that setting the clock
 * back does not free the switch either.
 */
export function recentClicks(times: readonly number[], now: number): number[] {
  return times.filter((t) => Math.abs(now - t) < CLICK_WINDOW_MS).sort((a, b) => a - b);
}

/** May the switch be clicked once more at `now`, given its recent clicks? */
export function windowAllows(times: readonly number[], now: number): boolean {
  return recentClicks(times, now).length < CLICKS_PER_WINDOW;
}

/** The clicks to keep after one more at `now` (never more than the window counts). */
export function withClick(times: readonly number[], now: number): number[] {
  return [...recentClicks(times, now), now].slice(-CLICKS_PER_WINDOW);
}

/**
 * The clicks to keep when the one counted at `at` was not made after all: a click granted
 * with a load's plan that the load did not use (background/checks/loads.ts). Only that
 * entry goes; an entry already aged out of the log is nothing to give back.
 */
export function withoutClick(times: readonly number[], at: number): number[] {
  const i = times.indexOf(at);
  return i < 0 ? [...times] : [...times.slice(0, i), ...times.slice(i + 1)];
}

/** The detail of a setting's record when its switch was left alone because the window was full. */
export const CLICK_LIMIT = 'click-limit';
