// Microsoft Copilot as data, and what the engine does with its rows: on the old app each of its
// two switches is found by its label among the page's others (a negation never); on the new
// app, its statement where the switches were means "nothing to switch off here", never on a
// page that shows a switch we cannot place; and the replica agrees with the data on what the
// facts give. Sources: ./facts.md.
import { describe, expect, it } from 'vitest';
import { locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { retiredHere } from '../../engine/switch/retired';
import { serviceById, settingById, settingsOf } from '../index';
import { COPILOT_SITE } from './replica.mjs';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';

const text = settingById('copilot-text')!;
const voice = settingById('copilot-voice')!;
const OTHERS = COPILOT_SITE.decoys.filter((d) => d.id !== 'voice-training').map((d) => d.en[0]!);

describe('Microsoft Copilot as data', () => {
  it('two settings, on the page the replica serves, both retired on 18 August 2026', () => {
    expect(settingsOf('copilot')).toEqual([text, voice]);
    for (const row of [text, voice]) {
      expect(settingUrl(row)).toBe(`${COPILOT_SITE.origin}${COPILOT_SITE.path}`);
      expect(row.retired?.since).toBe('2026-08-18');
    }
    expect(COPILOT_SITE.target.en).toEqual(text.labels.en);
    expect(COPILOT_SITE.decoys.find((d) => d.id === 'voice-training')?.en).toEqual(voice.labels.en);
    // The switches the write-ups name beside them are left alone.
    expect(serviceById('copilot').leftAlone).toEqual(OTHERS);
  });
});

describe('the engine on its rows', () => {
  it('the old app: each switch by its label among the others; a negation never', () => {
    const doc = freshDocument();
    for (const label of OTHERS) addSwitch(doc, { label, on: true });
    const t = addSwitch(doc, { label: 'Model training on text', on: true });
    const v = addSwitch(doc, { label: 'Model training on voice', on: true });
    expect(locateSwitch(doc, text)).toMatchObject({ kind: 'found', el: t });
    expect(locateSwitch(doc, voice)).toMatchObject({ kind: 'found', el: v });
    const negated = freshDocument();
    addSwitch(negated, { label: 'Do not use model training on text', on: true });
    expect(locateSwitch(negated, text)).toEqual({ kind: 'missing' });
  });

  it('the new app: the replica’s statement (typed from the facts) means nothing to switch off; a switch we cannot place means not', () => {
    const doc = freshDocument();
    doc.body.insertAdjacentHTML('beforeend', `<p>${COPILOT_SITE.retired!.en}</p>`);
    addSwitch(doc, { label: 'Personalization and memory', on: true });
    expect(retiredHere(doc, text)).toBe(true);
    expect(retiredHere(doc, voice)).toBe(true);
    addSwitch(doc, { label: 'Use my chats to improve Copilot', on: true });
    expect(retiredHere(doc, text)).toBe(false);
  });
});
