// @vitest-environment node
// Google as data: its two pages and where its content script runs, its sign-in (a host we
// never hold: signInElsewhere), each row's chip words, and the replica (./replica.mjs)
// agreeing with the data on what the facts give. The menu step itself: tests/unit/menu.test.ts.
// Sources and confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, serviceById, settingById, settingsOf } from '../index';
import { GOOGLE_ORIGIN, GOOGLE_PAGES } from './replica.mjs';

const gemini = settingById('google-gemini-activity')!;
const waa = settingById('google-web-app-activity')!;

describe('Google as data', () => {
  it('two rows, on the pages the facts give; only Keep Activity ticked by default', () => {
    expect(settingsOf('google').map((s) => s.id)).toEqual(['google-gemini-activity', 'google-web-app-activity']);
    expect(settingUrl(gemini)).toBe(GOOGLE_ORIGIN + GOOGLE_PAGES.gemini.path);
    expect(settingUrl(waa)).toBe(GOOGLE_ORIGIN + GOOGLE_PAGES.waa.path);
    expect(gemini.recommended).toBe(true);
    expect(waa.recommended).toBe(false);
  });

  it('its chip: "Turn off" chosen, never the delete entry, in both languages it knows', () => {
    for (const row of [gemini, waa]) {
      expect(row.control).toMatchObject({ kind: 'menu', item: { en: ['Turn off'], fr: ['Désactiver'] } });
      expect(row.control?.kind === 'menu' && row.control.avoid.en).toEqual(['Turn off and delete activity']);
    }
  });

  it('the replica names the cards the data finds (typed from the facts, not copied)', () => {
    expect(gemini.labels.en).toContain(GOOGLE_PAGES.gemini.en.card);
    expect(gemini.labels.fr).toContain(GOOGLE_PAGES.gemini.fr.card);
    expect(waa.labels.en).toContain(GOOGLE_PAGES.waa.en.card);
    expect(waa.labels.fr).toContain(GOOGLE_PAGES.waa.fr.card);
  });

  it('signed out: sent to a host we never hold, so the worker reads a page it cannot see as sign-in', () => {
    expect(serviceById('google').signInElsewhere).toBe(true);
    // Several accounts: the card says the first one is read (its `where` text).
    expect(serviceById('google').accountsByIndex).toBe(true);
    expect(serviceById('google').pages).toEqual(['https://myactivity.google.com/*']);
    expect(isSignInUrl('https://myactivity.google.com/product/gemini')).toBe(false);
    expect(isSignInUrl('https://myactivity.google.com/ServiceLogin?continue=x')).toBe(true);
  });
});
