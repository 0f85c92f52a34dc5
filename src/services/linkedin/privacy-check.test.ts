// @vitest-environment node
// Where the privacy check stands (./privacy-check.ts, and the engine's row reading): the one reading of the records
// that the badge, the reminders, the popup and the options page share.
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../engine/check/outcomes';
import { rowState, tally } from '../../engine/check/rows';
import { changedSince, choiceVerifiedOffAt, chosenIds, othersOpen } from './privacy-check';
import { GENERATIVE_AI, SETTINGS } from './switches';

const AI = GENERATIVE_AI.id;
const rec = (outcome: Outcome, at: number, known: 'on' | 'off' | null, knownAt = at) => ({
  audit: { outcome, at },
  known: known === null ? null : { state: known, at: knownAt },
});
const OFF = (at: number) => rec('turned-off', at, 'off');
const ON = (at: number) => rec('left-on', at, 'on');

describe('rowState', () => {
  it('not checked without a record or without a check', () => {
    expect(rowState(undefined)).toBe('unchecked');
    expect(rowState({ audit: null, known: { state: 'off', at: 5 } })).toBe('unchecked');
  });

  it('off or on as last verified', () => {
    expect(rowState(OFF(10))).toBe('off');
    expect(rowState(rec('already-off', 10, 'off'))).toBe('off');
    expect(rowState(ON(10))).toBe('on');
  });

  it('a check that gave no reading is a problem, whatever was known before', () => {
    for (const outcome of ['not-found', 'ambiguous', 'save-rejected', 'signed-out', 'interrupted'] as const) {
      expect(rowState(rec(outcome, 10, 'off'))).toBe('problem');
    }
  });

  it('a check that left no known state reads on, never off', () => {
    expect(rowState(rec('left-on', 10, null))).toBe('on');
  });

  it('since a sweep began: a setting checked before it is not checked in it', () => {
    expect(rowState(OFF(10), 11)).toBe('unchecked');
    expect(rowState(OFF(10), 10)).toBe('off');
    expect(rowState(OFF(10), 9)).toBe('off');
  });
});

describe('chosenIds', () => {
  it('no choice yet: the AI switch alone', () => {
    expect(chosenIds(null)).toEqual([AI]);
  });

  it('the AI switch is always chosen, first', () => {
    expect(chosenIds([])).toEqual([AI]);
    expect(chosenIds(['cookies', 'research'])).toEqual([AI, 'research', 'cookies']);
  });

  it('keeps the data order and drops unknown ids', () => {
    expect(chosenIds(['cookies', 'ads-age', AI, 'nonsense'])).toEqual([AI, 'ads-age', 'cookies']);
    expect(chosenIds(SETTINGS.map((s) => s.id).reverse())).toEqual(SETTINGS.map((s) => s.id));
  });
});

describe('tally', () => {
  it('counts each state among the given ids, with `since`', () => {
    const records = { [AI]: OFF(10), research: ON(10), partners: rec('not-found', 10, null), ads: OFF(2) };
    expect(tally(records, [AI, 'research', 'partners', 'ads', 'cookies'])).toEqual({ off: 2, on: 1, unchecked: 1, problem: 1, absent: 0 });
    expect(tally(records, [AI, 'research', 'partners', 'ads', 'cookies'], 5)).toEqual({ off: 1, on: 1, unchecked: 2, problem: 1, absent: 0 });
    expect(tally(records, [])).toEqual({ off: 0, on: 0, unchecked: 0, problem: 0, absent: 0 });
  });
});

describe('othersOpen', () => {
  it('the chosen settings other than the AI switch: how many are on, how many unchecked or failed', () => {
    const records = { [AI]: ON(1), research: ON(1), partners: rec('not-found', 1, null), 'ads-age': OFF(1) };
    expect(othersOpen(records, [AI, 'research', 'partners', 'ads-age', 'cookies'])).toEqual({ on: 1, open: 2 });
  });

  it('settings not chosen do not count, nor does the AI switch', () => {
    const records = { [AI]: ON(1), research: ON(1) };
    expect(othersOpen(records, null)).toEqual({ on: 0, open: 0 });
    expect(othersOpen(records, ['cookies'])).toEqual({ on: 0, open: 1 });
  });
});

describe('choiceVerifiedOffAt', () => {
  it('null while the AI switch is not verified off', () => {
    expect(choiceVerifiedOffAt({}, ['research'])).toBeNull();
    expect(choiceVerifiedOffAt({ [AI]: ON(5), research: OFF(3) }, ['research'])).toBeNull();
    expect(choiceVerifiedOffAt({ [AI]: rec('not-found', 5, null) }, null)).toBeNull();
  });

  it('the oldest verification among the chosen settings that are off', () => {
    const records = { [AI]: OFF(50), research: OFF(20), partners: ON(1), cookies: OFF(5) };
    expect(choiceVerifiedOffAt(records, [AI, 'research', 'partners'])).toBe(20);
    expect(choiceVerifiedOffAt(records, [AI, 'research', 'cookies'])).toBe(5);
    expect(choiceVerifiedOffAt(records, null)).toBe(50);
    // Chosen settings never checked, or checked without a reading, do not count.
    expect(choiceVerifiedOffAt({ ...records, partners: rec('not-found', 9, null) }, [AI, 'research', 'partners', 'ads-age'])).toBe(20);
  });

  it('reads the time of the verified reading, not of the last check', () => {
    expect(choiceVerifiedOffAt({ [AI]: rec('not-found', 90, 'off', 40) }, null)).toBe(40);
  });
});

describe('changedSince', () => {
  it('the settings this sweep switched off, in the given order', () => {
    const records = {
      [AI]: OFF(10),
      research: rec('already-off', 10, 'off'),
      partners: OFF(4),
      cookies: OFF(5),
      'ads-age': rec('save-rejected', 10, 'on'),
    };
    expect(changedSince(records, ['cookies', AI, 'research', 'partners', 'ads-age', 'ads-gender'], 5)).toEqual(['cookies', AI]);
    expect(changedSince({ [AI]: { audit: null, known: null } }, [AI], 0)).toEqual([]);
  });
});
