// __NAME__ as data, and what the engine does with its row: its switch is found by its label
// wherever it sits among other switches, a negation or a look-alike is never taken for it,
// and the replica agrees with the data on what the facts give. Sources: ./facts.md.
import { describe, expect, it } from 'vitest';
import { locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { settingById, settingsOf } from '../index';
import { __CONST___SITE } from './replica.mjs';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';

const row = settingById('__ID__-training')!;
const LABEL = row.labels.en![0]!;

describe('__NAME__ as data', () => {
  it('its settings, on the page the facts give', () => {
    expect(settingsOf('__ID__' as never)).toEqual([row]);
    expect(settingUrl(row)).toBe(`${__CONST___SITE.origin}${__CONST___SITE.path}`);
  });

  it('the replica serves the label the data knows (typed from the facts, not copied)', () => {
    expect(__CONST___SITE.target.en).toEqual(row.labels.en);
  });
});

describe('the engine on its row', () => {
  it('finds the switch by its label among the page’s others, and never a negation or a look-alike', () => {
    const doc = freshDocument();
    for (const decoy of __CONST___SITE.decoys) addSwitch(doc, { label: decoy.en[0]!, on: true });
    const target = addSwitch(doc, { label: LABEL, on: true });
    expect(locateSwitch(doc, row)).toMatchObject({ kind: 'found', el: target });
    const negated = freshDocument();
    addSwitch(negated, { label: `Do not ${LABEL.toLowerCase()}`, on: true });
    expect(locateSwitch(negated, row)).toEqual({ kind: 'missing' });
  });
});
