// @vitest-environment node
// A sweep's first click on a page leaves the page sooner (verified later by a fresh load);
// a retry, or the AI switch checked alone, keeps the long windows.
import { describe, expect, it } from 'vitest';
import { BRISK, SETTLE, settleWindow } from '../../src/engine/switch/load';
import { parseBeginReply } from '../../src/engine/check/replies';

describe('settle windows', () => {
  it('a sweep’s first click gets the brisk window; its retries the long ones', () => {
    expect(settleWindow(1, true)).toBe(BRISK);
    expect(settleWindow(2, true)).toBe(SETTLE[1]);
    expect(settleWindow(3, true)).toBe(SETTLE[2]);
  });

  it('outside a sweep every click keeps the long window', () => {
    expect(settleWindow(1)).toBe(SETTLE[0]);
    expect(settleWindow(1, false)).toBe(SETTLE[0]);
    expect(BRISK.minMs).toBeLessThan(SETTLE[0]!.minMs);
  });

  it('the worker’s "brisk" reaches the load only as exactly true, and only with a plan to act', () => {
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout', brisk: true }, settingId: 'research' }, null).plan).toEqual({
      phase: 'act',
      mode: 'optout',
      brisk: true,
    });
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout', brisk: 'yes' }, settingId: 'research' }, null).plan).toEqual({
      phase: 'act',
      mode: 'optout',
    });
    expect(parseBeginReply({ plan: { phase: 'verify', brisk: true }, settingId: 'research' }, null).plan).toEqual({ phase: 'verify' });
  });
});
