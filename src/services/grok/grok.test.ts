// grok.com as data, and what the engine does with its row: its switch is found by its
// English label alone among the three personalisation switches it leaves alone; its page is
// a query route of the app (`/?_s=data`), never the chat at `/`; "not offered here" when the
// personalisation switches show without it (an enterprise account), and never on a page we
// cannot read; its card and X's each say that one does not cover the other; and the replica
// (./replica.mjs) agrees with the data on what the facts give. Sources: ./facts.md.
import { describe, expect, it } from 'vitest';
import { notOfferedHere } from '../../engine/switch/absent';
import { locateSwitch } from '../../engine/switch/locate';
import { isSettingPath, samePage, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, placeOf, serviceById, settingById, settingsOf } from '../index';
import { neededTexts } from '../texts';
import { DECOYS, GROK, GROK_DATA, GROK_TEXT, TARGET } from './replica.mjs';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';
import { labelOnly } from '../../../tests/unit/label-only';

const row = settingById('grok-training')!;
const grok = serviceById('grok');
const PERSONALISE = DECOYS.map((id) => GROK_TEXT.en[id as keyof typeof GROK_TEXT.en]);

describe('grok.com as data', () => {
  it('one label-only setting, at the settings overlay’s Data tab the facts give', () => {
    expect(settingsOf('grok')).toEqual([row]);
    expect(settingUrl(row)).toBe(GROK_DATA);
    expect(grok.origin).toBe(GROK);
    expect(row.hook).toBeNull();
    expect(row.category).toBe('ai');
    expect(row.recommended).toBe(true);
    // English only: no label is guessed for a language nobody has read.
    expect(row.labels).toEqual({ en: [GROK_TEXT.en[TARGET]] });
  });

  it('its page is the query route, wherever the app puts other parameters; the chat is not', () => {
    expect(isSettingPath(row, '/?_s=data')).toBe(true);
    expect(isSettingPath(row, '/?_s=data&referrer=x')).toBe(true);
    expect(isSettingPath(row, '/')).toBe(false);
    expect(isSettingPath(row, '/?_s=general')).toBe(false);
    expect(isSettingPath(row, '/c/123?_s=data')).toBe(false);
    expect(placeOf(`${GROK}/?_s=data`)).toMatchObject({ service: grok, path: '/?_s=data' });
    // A grok.com chat tab is never reused (and reloaded) as the settings page.
    expect(samePage(`${GROK}/`, settingUrl(row))).toBe(false);
    expect(samePage(`${GROK}/?_s=data`, settingUrl(row))).toBe(true);
  });

  it('the three personalisation switches are left alone, and are the evidence of a hidden row', () => {
    expect(grok.leftAlone).toEqual(PERSONALISE);
    expect(row.others).toEqual(PERSONALISE);
    expect(row.notOffered).toEqual({ siblings: { en: PERSONALISE } });
  });

  it('a signed-out visitor is recognised on the page (sign-in is on accounts.x.ai), no grok.com page taken for sign-in', () => {
    expect(grok.signedOutHook).toBe('a[href^="https://accounts.x.ai/sign-in"]');
    expect(isSignInUrl(GROK_DATA)).toBe(false);
    expect(isSignInUrl(`${GROK}/`)).toBe(false);
  });

  it('its card and X’s each carry a note (that one does not cover the other), in every language', () => {
    expect(grok.note).toBe(true);
    expect(serviceById('x').note).toBe(true);
    expect(neededTexts(grok)).toContainEqual({ owner: 'grok', part: 'note' });
    expect(neededTexts(serviceById('x'))).toContainEqual({ owner: 'x', part: 'note' });
    expect(neededTexts(serviceById('claude'))).not.toContainEqual({ owner: 'claude', part: 'note' });
  });
});

describe('not offered here, only on its evidence', () => {
  const personalised = (lang: 'en' | 'fr', withTarget: boolean) => {
    const doc = freshDocument();
    if (withTarget) addSwitch(doc, { label: GROK_TEXT[lang][TARGET], how: 'labelledby' });
    for (const id of DECOYS) addSwitch(doc, { label: GROK_TEXT[lang][id as keyof (typeof GROK_TEXT)['en']], how: 'labelledby' });
    return doc;
  };

  it('the personalisation switches shown without it (an enterprise account): "siblings"', () => {
    expect(notOfferedHere(personalised('en', false), row)).toBe('siblings');
  });

  it('shown with them: it is found, and there is no such evidence', () => {
    const doc = personalised('en', true);
    expect(locateSwitch(doc, row)).toMatchObject({ kind: 'found', via: 'label' });
    expect(notOfferedHere(doc, row)).toBeNull();
  });

  it('a page in a language we have no labels for: not found and no evidence (the user gets the steps by hand)', () => {
    const doc = personalised('fr', true);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
    expect(notOfferedHere(doc, row)).toBeNull();
    expect(notOfferedHere(personalised('fr', false), row)).toBeNull();
  });

  it('only some of them shown (the page still rendering): no evidence', () => {
    const doc = freshDocument();
    addSwitch(doc, { label: PERSONALISE[0]!, how: 'labelledby' });
    expect(notOfferedHere(doc, row)).toBeNull();
  });
});

labelOnly('grok.com', row, {
  decoys: PERSONALISE,
  how: 'labelledby',
  nearMisses: ['Improve the Model for everyone else, not you', 'Do not improve the model', 'Améliorer le modèle', 'Improve Grok'],
});
