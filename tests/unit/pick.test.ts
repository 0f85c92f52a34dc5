// @vitest-environment node
// The rule every locator follows when texts decide: one plausible match is taken; among
// several, only the one exact match is trusted; otherwise nothing is chosen.
import { describe, expect, it } from 'vitest';
import { pickOne } from '../../src/engine/page/pick';

// Five content words: four of them score exactly the threshold (0.8), three fall below it.
const KNOWN = ['alpha bravo charlie delta echoes'];
const pick = (texts: string[]) => pickOne(texts, (t) => t, KNOWN);

describe('pickOne', () => {
  it('nothing to choose from: none', () => {
    expect(pick([])).toEqual({ kind: 'none' });
  });

  it('takes the one plausible match, even when it is not exact', () => {
    expect(pick(['unrelated words here', 'alpha bravo charlie delta'])).toEqual({ kind: 'one', item: 'alpha bravo charlie delta' });
  });

  it('a match at exactly the threshold counts; one just under it does not', () => {
    expect(pick(['alpha bravo charlie delta'])).toEqual({ kind: 'one', item: 'alpha bravo charlie delta' });
    expect(pick(['alpha bravo charlie'])).toEqual({ kind: 'none' });
  });

  it('among several plausible matches, the one exact match is taken', () => {
    expect(pick(['alpha bravo charlie delta', 'Alpha, Bravo, Charlie, Delta, Echoes!', 'nothing alike'])).toEqual({
      kind: 'one',
      item: 'Alpha, Bravo, Charlie, Delta, Echoes!',
    });
  });

  it('several plausible matches and no exact one: many, counting only the plausible ones', () => {
    expect(pick(['alpha bravo charlie delta', 'bravo charlie delta echoes', 'nothing alike'])).toEqual({ kind: 'many', count: 2 });
  });

  it('two exact matches: many, never a guess', () => {
    expect(pick(['alpha bravo charlie delta echoes', 'ALPHA BRAVO CHARLIE DELTA ECHOES', 'alpha bravo charlie delta', 'nothing'])).toEqual({
      kind: 'many',
      count: 3,
    });
  });

  it('scores the text the caller reads from each item', () => {
    const items = [{ label: 'nothing alike' }, { label: 'alpha bravo charlie delta echoes' }];
    expect(pickOne(items, (i) => i.label, KNOWN)).toEqual({ kind: 'one', item: items[1] });
  });
});
