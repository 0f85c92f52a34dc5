// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isProblem, knownStateAfter, MODES, OUTCOMES, STEPS } from '../../src/engine/check/outcomes';

describe('the shared vocabulary', () => {
  it('lists every outcome, step and mode the stored data and messages may carry', () => {
    expect(OUTCOMES).toEqual(['turned-off', 'already-off', 'left-on', 'not-found', 'not-offered', 'ambiguous', 'save-rejected', 'signed-out', 'interrupted']);
    expect(STEPS).toEqual(['opening', 'searching', 'switching', 'confirming']);
    expect(MODES).toEqual(['optout', 'audit']);
  });
});

describe('knownStateAfter', () => {
  it('turned off and already off tell the switch is off', () => {
    expect(knownStateAfter('turned-off')).toBe('off');
    expect(knownStateAfter('already-off')).toBe('off');
  });

  it('left on and a rejected save tell the switch is on', () => {
    expect(knownStateAfter('left-on')).toBe('on');
    expect(knownStateAfter('save-rejected')).toBe('on');
  });

  it('the other outcomes tell nothing about the switch', () => {
    for (const outcome of ['not-found', 'not-offered', 'ambiguous', 'signed-out', 'interrupted'] as const) {
      expect(knownStateAfter(outcome)).toBeNull();
    }
  });
});

describe('isProblem', () => {
  it('off, left on (audit only) and not offered here are not problems', () => {
    expect(OUTCOMES.filter((o) => !isProblem(o))).toEqual(['turned-off', 'already-off', 'left-on', 'not-offered']);
  });

  it('a rejected save is a problem although the switch is known to be on', () => {
    expect(isProblem('save-rejected')).toBe(true);
  });
});
