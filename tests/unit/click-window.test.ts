// @vitest-environment node
// Clicks on one setting over time, across runs (issue 37, finding 11): three in any ten
// minutes, whatever the runs and loads, and a clock set back frees nothing.
import { describe, expect, it } from 'vitest';
import { CLICK_WINDOW_MS, CLICKS_PER_WINDOW, recentClicks, windowAllows, withClick } from '../../src/engine/check/click-window';

const T = 1_800_000_000_000;

describe('the click window', () => {
  it('allows three clicks in ten minutes, then none until the oldest is ten minutes old', () => {
    expect(CLICKS_PER_WINDOW).toBe(3);
    expect(CLICK_WINDOW_MS).toBe(10 * 60_000);
    let log: number[] = [];
    for (const at of [T, T + 1_000, T + 2_000]) {
      expect(windowAllows(log, at)).toBe(true);
      log = withClick(log, at);
    }
    expect(windowAllows(log, T + 3_000)).toBe(false);
    expect(windowAllows(log, T + CLICK_WINDOW_MS - 1)).toBe(false);
    expect(windowAllows(log, T + CLICK_WINDOW_MS)).toBe(true);
  });

  it('keeps no more than the window counts, oldest first', () => {
    expect(withClick([T, T + 1, T + 2], T + 3)).toEqual([T + 1, T + 2, T + 3]);
    expect(withClick([T - CLICK_WINDOW_MS], T)).toEqual([T]);
    expect(recentClicks([T + 2, T, T + 1], T + 5)).toEqual([T, T + 1, T + 2]);
  });

  it('a clock set back does not free the switch: clicks "in the future" still count', () => {
    const log = [T, T + 1, T + 2];
    expect(windowAllows(log, T - 60_000)).toBe(false);
    expect(windowAllows(log, T - CLICK_WINDOW_MS - 10)).toBe(true);
  });
});
