import { beforeEach, describe, expect, it } from 'vitest';
import { labelOf, locateSwitch, switchState } from '../../src/core/locate';
import { GENERATIVE_AI } from '../../src/core/settings';
import { addSwitch, freshDocument } from './dom';

const EN = 'Use my data for training content creation AI models';
const HOOK = GENERATIVE_AI.hook;
let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

describe('locateSwitch', () => {
  it('finds the switch by its stable hook, whatever its label says', () => {
    addSwitch(doc, { label: 'Something else', on: true });
    const target = addSwitch(doc, { label: 'Wording LinkedIn changed completely', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('falls back to the label when the hook is missing', () => {
    addSwitch(doc, { label: 'Use my data for research' });
    const target = addSwitch(doc, { label: EN });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'label' });
  });

  it.each(['aria-label', 'label-for', 'aria-switch'] as const)('reads a label given by %s', (how) => {
    const target = addSwitch(doc, { label: EN, how });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: target });
  });

  it('reports nothing when no switch matches', () => {
    addSwitch(doc, { label: 'Use my data for training AI models' });
    addSwitch(doc, { label: 'Share data with select partners' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('does not guess between two switches with the hook', () => {
    addSwitch(doc, { label: EN, hook: HOOK });
    addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('does not guess between two switches with the same label', () => {
    addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN.toUpperCase() });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('does not guess between two drifted labels that both fit', () => {
    addSwitch(doc, { label: 'Use my data for training content generation AI models' });
    addSwitch(doc, { label: 'Use my data for training content creation AI systems' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('prefers the one exact label over a near one', () => {
    addSwitch(doc, { label: 'Use my data for training content creation AI models abroad' });
    const exact = addSwitch(doc, { label: EN });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: exact });
  });

  it('ignores hidden copies', () => {
    addSwitch(doc, { label: EN, hook: HOOK, hidden: true });
    const visible = addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: visible });
  });

  it('never takes a negated label for the target', () => {
    addSwitch(doc, { label: 'Do not use my data for training content creation AI models' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });
});

describe('labelOf and switchState', () => {
  it('reads aria-labelledby first', () => {
    const el = addSwitch(doc, { label: EN });
    el.setAttribute('aria-label', 'ignored');
    expect(labelOf(el)).toBe(EN);
  });

  it('reads a native checkbox and an aria switch', () => {
    expect(switchState(addSwitch(doc, { label: 'a', on: true }))).toBe(true);
    expect(switchState(addSwitch(doc, { label: 'b', on: false, how: 'aria-switch' }))).toBe(false);
    const unknown = doc.createElement('div');
    unknown.setAttribute('role', 'switch');
    expect(switchState(unknown)).toBeNull();
  });
});
