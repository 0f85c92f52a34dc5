// Pinterest as data, and what the engine does with its label-only row: its checkbox (a plain
// <input type="checkbox"> with an id, named by a <label for>) is found by its label or by the
// sentence under it, wherever it sits among the page's other privacy boxes; a negation, a
// look-alike or a label in another language is never taken for it, and then nothing is
// clicked. Also: its page is where its content script runs, its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { hookSelector, locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { PINTEREST_SITE } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';

const row = settingById('pinterest-training')!;
/** Its replica's other privacy boxes (invented wording), which must never be taken for it. */
const DECOYS = PINTEREST_SITE.decoys.map((d) => d.en[0]!);

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Pinterest as data', () => {
  it('one label-only setting, on the page the facts give', () => {
    expect(settingsOf('pinterest')).toEqual([row]);
    expect(settingUrl(row)).toBe('https://www.pinterest.com/settings/privacy');
    // The checkbox's id is not known: no hook is guessed, the label decides.
    expect(hookSelector(row)).toBeNull();
    expect(row.category).toBe('ai');
    expect(row.recommended).toBe(true);
    // English only: no label is guessed for a language nobody has read.
    expect(Object.keys(row.labels)).toEqual(['en']);
  });

  it("its setting's page is where its content script runs, and only its own", () => {
    const service = serviceById(row.service);
    expect(service.pages?.some((p) => matches(p, settingUrl(row)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages?.some((p) => matches(p, settingUrl(row))),
        `${other.id} runs on ${row.id}`,
      ).toBe(false);
    }
  });

  it.each([
    ['https://www.pinterest.com/login/?next=%2Fsettings%2Fprivacy', true],
    ['https://www.pinterest.com/login', true],
    ['https://www.pinterest.com/settings/privacy', false],
    // A board or a pin whose name starts with "login" is not the sign-in page.
    ['https://www.pinterest.com/someone/loginspiration/', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('the replica serves the page and labels the data knows (its markup is invented, not these)', () => {
    expect(PINTEREST_SITE.origin + PINTEREST_SITE.path).toBe(settingUrl(row));
    expect(PINTEREST_SITE.target.en).toEqual(row.labels.en);
    expect(PINTEREST_SITE.name).toBe(serviceById(row.service).name);
  });
});

describe('Pinterest: its plain checkbox', () => {
  it('named by the sentence under it alone (the label worded otherwise), it is still found', () => {
    const doc = freshDocument();
    for (const d of DECOYS) addSwitch(doc, { label: d, how: 'label-for' });
    const target = addSwitch(doc, { label: 'Allow your data to be used to help train Pinterest Canvas.', how: 'label-for' });
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: target, via: 'label' });
  });

  it('without role="switch", as the design system renders it: found, and read from .checked', () => {
    const doc = freshDocument();
    const target = addSwitch(doc, { label: row.labels.en![0]!, how: 'label-for', on: false });
    target.removeAttribute('role');
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: target, via: 'label' });
  });
});

labelOnly('Pinterest', row, {
  decoys: DECOYS,
  how: 'label-for',
  nearMisses: [
    'Do not use your data to train Pinterest Canvas',
    'Use your data to improve which recommendations and ads you see',
    'Utiliser vos données pour entraîner Pinterest Canvas',
  ],
});
