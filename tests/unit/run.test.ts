// @vitest-environment node
// The worker's decisions over a check that spans several loads of the page: "off" only
// from a fresh load that reads off; at most three clicks per run; a verifying load only reads.
import { describe, expect, it } from 'vitest';
import { decide, MAX_CLICKS, mayClick, planFor, type RunState } from '../../src/engine/check/run';

const run = (over: Partial<RunState> = {}): RunState => ({ phase: 'act', clicks: 0, mode: 'optout', toast: false, ...over });

describe('decide', () => {
  it('a fresh load that reads off with no click: already off', () => {
    expect(decide(run(), { kind: 'read', state: 'off' })).toEqual({ kind: 'finish', outcome: 'already-off', known: 'off' });
  });

  it('a verifying load that reads off after a click: turned off, verified', () => {
    expect(decide(run({ phase: 'verify', clicks: 1 }), { kind: 'read', state: 'off' })).toEqual({ kind: 'finish', outcome: 'turned-off', known: 'off' });
  });

  it('after a click, a page that still looks off is never called done: it is verified by a fresh load', () => {
    expect(decide(run({ clicks: 1 }), { kind: 'settled', state: 'off', toast: false })).toEqual({ kind: 'reload', phase: 'verify', toast: false });
  });

  it.each(['gone', 'unreadable'] as const)('after a click, a switch that is %s is verified by a fresh load too', (state) => {
    expect(decide(run({ clicks: 1 }), { kind: 'settled', state, toast: false })).toEqual({ kind: 'reload', phase: 'verify', toast: false });
  });

  it('a fresh load that reads on after a click: not saved, so click again on a fresh load', () => {
    expect(decide(run({ phase: 'verify', clicks: 1 }), { kind: 'read', state: 'on' })).toEqual({ kind: 'reload', phase: 'act', toast: false });
    expect(decide(run({ phase: 'verify', clicks: 2 }), { kind: 'read', state: 'on' })).toEqual({ kind: 'reload', phase: 'act', toast: false });
  });

  it('a fresh load that reads on after the third click: the save was rejected', () => {
    expect(decide(run({ phase: 'verify', clicks: 3 }), { kind: 'read', state: 'on' })).toEqual({
      kind: 'finish',
      outcome: 'save-rejected',
      detail: 'not-saved',
      known: 'on',
    });
  });

  it('a switch put back on: click again while clicks remain, then rejected', () => {
    expect(decide(run({ clicks: 2 }), { kind: 'settled', state: 'on', toast: false })).toEqual({ kind: 'reload', phase: 'act', toast: false });
    expect(decide(run({ clicks: 3 }), { kind: 'settled', state: 'on', toast: false })).toEqual({
      kind: 'finish',
      outcome: 'save-rejected',
      detail: 'reverted',
      known: 'on',
    });
  });

  it('an error toast seen on any try is remembered and named in the failure', () => {
    const after = decide(run({ clicks: 1 }), { kind: 'settled', state: 'off', toast: true });
    expect(after).toEqual({ kind: 'reload', phase: 'verify', toast: true });
    expect(decide(run({ phase: 'verify', clicks: 3, toast: true }), { kind: 'read', state: 'on' })).toMatchObject({
      outcome: 'save-rejected',
      detail: 'error-toast',
    });
    expect(decide(run({ clicks: 3 }), { kind: 'settled', state: 'on', toast: true })).toMatchObject({ outcome: 'save-rejected', detail: 'error-toast' });
  });

  it('an error toast does not outweigh a fresh load that reads off (a later try saved it)', () => {
    expect(decide(run({ phase: 'verify', clicks: 2, toast: true }), { kind: 'read', state: 'off' })).toMatchObject({ outcome: 'turned-off', known: 'off' });
  });

  it('an error toast already seen travels with every reload, and one seen now is added', () => {
    expect(decide(run({ phase: 'verify', clicks: 1, toast: true }), { kind: 'read', state: 'on' })).toEqual({ kind: 'reload', phase: 'act', toast: true });
    expect(decide(run({ clicks: 1 }), { kind: 'settled', state: 'on', toast: true })).toEqual({ kind: 'reload', phase: 'act', toast: true });
    expect(decide(run({ clicks: 1, toast: true }), { kind: 'settled', state: 'off', toast: false })).toEqual({ kind: 'reload', phase: 'verify', toast: true });
  });

  it('a run that clicked but is no longer in opt-out mode never clicks again: on means rejected', () => {
    expect(decide(run({ phase: 'verify', clicks: 1, mode: 'audit' }), { kind: 'read', state: 'on' })).toEqual({
      kind: 'finish',
      outcome: 'save-rejected',
      detail: 'not-saved',
      known: 'on',
    });
  });

  it('audit only: on is reported and left as it is', () => {
    expect(decide(run({ mode: 'audit' }), { kind: 'read', state: 'on' })).toEqual({ kind: 'finish', outcome: 'left-on', known: 'on' });
  });

  it('a load that found nothing finishes with its reason and no reading', () => {
    expect(decide(run({ clicks: 1, phase: 'verify' }), { kind: 'failed', outcome: 'not-found', detail: 'timeout' })).toEqual({
      kind: 'finish',
      outcome: 'not-found',
      detail: 'timeout',
      known: null,
    });
  });
});

describe('mayClick and planFor', () => {
  it('only an acting load in opt-out mode may click, three times at most', () => {
    expect(mayClick(run())).toBe(true);
    expect(mayClick(run({ clicks: MAX_CLICKS - 1 }))).toBe(true);
    expect(mayClick(run({ clicks: MAX_CLICKS }))).toBe(false);
    expect(mayClick(run({ phase: 'verify' }))).toBe(false);
    expect(mayClick(run({ mode: 'audit' }))).toBe(false);
    expect(MAX_CLICKS).toBe(3);
  });

  it('tells a load its phase and mode', () => {
    expect(planFor(run())).toEqual({ phase: 'act', mode: 'optout' });
    expect(planFor(run({ mode: 'audit' }))).toEqual({ phase: 'act', mode: 'audit' });
    expect(planFor(run({ phase: 'verify', clicks: 1 }))).toEqual({ phase: 'verify' });
  });
});

describe('a whole run against a LinkedIn that answers late', () => {
  // Simulate the loads the worker makes, against a saved state that changes only when a
  // save is answered with success: a ✓ must never come before LinkedIn saved it.
  function simulate(answerMs: number, ok: boolean) {
    const settle = [1_500, 5_000, 10_000];
    let saved = true; // on
    let now = 0;
    const pending: { at: number; ok: boolean }[] = [];
    let state = run();
    for (let loads = 0; loads < 12; loads++) {
      now += 500; // a load
      for (const p of pending.filter((p) => p.at <= now)) if (p.ok) saved = false;
      const report =
        state.phase === 'verify' || !saved
          ? ({ kind: 'read', state: saved ? 'on' : 'off' } as const)
          : (() => {
              state = { ...state, clicks: state.clicks + 1 };
              pending.push({ at: now + answerMs, ok });
              now += settle[state.clicks - 1]!;
              for (const p of pending.filter((p) => p.at <= now)) if (p.ok) saved = false;
              // A failure answered within the window puts the switch back on the page.
              const putBack = !ok && now >= pending.at(-1)!.at;
              return { kind: 'settled', state: putBack ? 'on' : 'off', toast: false } as const;
            })();
      const d = decide(state, report);
      if (d.kind === 'finish') return { ...d, clicks: state.clicks, savedOff: !saved };
      state = { ...state, phase: d.phase, toast: d.toast };
    }
    throw new Error('did not finish');
  }

  it.each([
    [800, true, 'turned-off'],
    [4_500, true, 'turned-off'],
    [4_500, false, 'save-rejected'],
    [10_000, false, 'save-rejected'],
    [300, false, 'save-rejected'],
  ] as const)('a save answered after %i ms (success: %s) ends %s, within three clicks', (ms, ok, outcome) => {
    const end = simulate(ms, ok);
    expect(end.outcome).toBe(outcome);
    expect(end.clicks).toBeLessThanOrEqual(MAX_CLICKS);
    // "Off" is said only when LinkedIn has saved it off.
    expect(end.known === 'off').toBe(end.savedOff);
  });
});
