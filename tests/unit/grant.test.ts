// @vitest-environment node
// The click granted with a load's plan (engine/check/grant.ts): counted at grant as any
// click, given back when the load did not use it, kept when never reported. The content
// script's side: tests/unit/run-load.test.ts.
import { describe, expect, it } from 'vitest';
import { countClick, mayGrant, settleGrant } from '../../src/engine/check/grant';
import { freshRow } from '../../src/engine/check/sweep';

const T = 1_800_000_000_000;
const row = freshRow('generative-ai', 'optout');

describe('the worker side', () => {
  it('grants an acting opt-out row within its three, and only with room in the ten-minute window, whoever started the check', () => {
    expect(mayGrant(row, [], T)).toBe(true);
    expect(mayGrant({ ...row, mode: 'audit' }, [], T)).toBe(false);
    expect(mayGrant({ ...row, phase: 'verify' }, [], T)).toBe(false);
    expect(mayGrant({ ...row, clicks: 3 }, [], T)).toBe(false);
    expect(mayGrant(row, [T - 3, T - 2, T - 1], T)).toBe(false);
    // A grant on a full log would push a real click out; given back, it would leave room for a fourth.
    const full = [T - 300_000, T - 200_000, T - 100_000];
    expect(mayGrant(row, full, T)).toBe(false);
    const pushed = countClick(row, full, T, true);
    expect(settleGrant(pushed.row, pushed.clicked, true).clicked).toHaveLength(2); // why the window must have room
  });

  it('counts a grant at once, in the row and in the log, and marks it', () => {
    const granted = countClick(row, [T - 5], T, true);
    expect(granted).toEqual({ row: { ...row, clicks: 1, granted: T }, clicked: [T - 5, T] });
    // A click asked for is counted the same, unmarked (and drops an older mark).
    expect(countClick(granted.row, granted.clicked, T + 1)).toEqual({ row: { ...row, clicks: 2 }, clicked: [T - 5, T, T + 1] });
  });

  it('gives back an unused grant exactly: one click off the row, its own entry off the log', () => {
    const granted = countClick({ ...row, clicks: 1 }, [T - 5], T, true);
    expect(settleGrant(granted.row, [T - 5, T, T + 2], true)).toEqual({ row: { ...row, clicks: 1 }, clicked: [T - 5, T + 2] });
  });

  it('keeps a used grant (the mark goes), and gives back nothing without a mark', () => {
    const granted = countClick(row, [], T, true);
    expect(settleGrant(granted.row, granted.clicked, false)).toEqual({ row: { ...row, clicks: 1 }, clicked: [T] });
    expect(settleGrant({ ...row, clicks: 1 }, [T], true)).toEqual({ row: { ...row, clicks: 1 }, clicked: [T] });
  });
});
