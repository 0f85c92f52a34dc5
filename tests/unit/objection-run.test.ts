// @vitest-environment node
// The worker's objection run, against an in-memory storage: the run belongs to the
// TS-DPRO form of its tab, follows it only to LinkedIn's confirmation, and a receipt
// comes only from that confirmation's top frame. Pages are named by the tab's URL, as
// the browser reports it (sender.tab.url), never by what a page says.
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeBrowser } from './fake-browser';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { NO_PLAN } from '../../src/engine/form/replies';
import { formById } from '../../src/services';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));

const { beginObjection, onObjectionTabRemoved, onObjectionTabUpdated, recordPrefill, recordReceipt, startObjection } = await import(
  '../../src/background/objection'
);
const { runPage, runVerdict, RUN_MAX_AGE_MS } = await import('../../src/engine/form/run');
const { endRunsWithoutAccess } = await import('../../src/background/access-lost');

const L = 'https://www.linkedin.com';
const FORM = `${L}/help/linkedin/ask/TS-DPRO`;
const THANKS = `${L}/help/linkedin/thankyou`;
const ARTICLE = `${L}/help/linkedin/answer/a6278444`;
const OTHER_FORM = `${L}/help/linkedin/ask/TS-NFPI`;
const TAB = 7;
const profile = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' };
const report = {
  option: 'done',
  control: 'listbox',
  confirmation: 'done',
  firstName: 'done',
  lastName: 'done',
  email: 'done',
  captcha: 'present',
  submit: 'highlighted',
} as const;
const objection = () => (browser.data().objections as Record<string, any>)['linkedin-dpro'];
/** A message's sender: its tab's URL, its frame (0: the top one) and that frame's own URL (the tab's, unless given). */
const at = (tabUrl: string, frameId = 0, tabId = TAB, frameUrl = tabUrl) => ({ tabId, tabUrl, frameId, frameUrl });

beforeEach(async () => {
  browser = fakeBrowser({ schemaVersion: 3, profile });
  vi.useRealTimers();
  await startObjection(OBJECTION_FORM.id); // opens tab 7 at the form
});

describe('which page a URL is to the run', () => {
  it('knows the form, its confirmation and everything else', () => {
    expect(runPage(FORM, OBJECTION_FORM)).toBe('form');
    expect(runPage(`${FORM}/?lang=fr#top`, OBJECTION_FORM)).toBe('form');
    expect(runPage(THANKS, OBJECTION_FORM)).toBe('thankyou');
    expect(runPage(OTHER_FORM, OBJECTION_FORM)).toBe('other');
    expect(runPage(ARTICLE, OBJECTION_FORM)).toBe('other');
    expect(runPage('https://linkedin.com.evil.example/help/linkedin/thankyou', OBJECTION_FORM)).toBe('other');
    expect(runPage('chrome-error://chromewebdata/', OBJECTION_FORM)).toBe('not-web');
  });

  it('ends a run older than 30 minutes, and takes a confirmation only after the form', () => {
    expect(runVerdict({ startedAt: 0, formSeen: true }, 'form', RUN_MAX_AGE_MS)).toBe('form');
    expect(runVerdict({ startedAt: 0, formSeen: true }, 'form', RUN_MAX_AGE_MS + 1)).toBe('expired');
    expect(runVerdict({ startedAt: 0, formSeen: false }, 'thankyou', 1)).toBe('left-form');
    expect(runVerdict({ startedAt: 0, formSeen: true }, 'thankyou', 1)).toBe('thankyou');
  });
});

describe('runPage and runVerdict, edge by edge', () => {
  it.each([
    [undefined, 'not-web'],
    ['', 'not-web'],
    ['not a url', 'not-web'],
    ['about:blank', 'not-web'],
    ['http://example.org/help/linkedin/ask/TS-DPRO', 'other'],
    ['http://www.linkedin.com/help/linkedin/ask/TS-DPRO', 'other'],
    [`${FORM}//`, 'form'],
    [`${THANKS}/`, 'thankyou'],
    [`${L}/x${'/help/linkedin/ask/TS-DPRO'}`, 'other'],
  ] as const)('%s is %s', (url, page) => {
    expect(runPage(url, OBJECTION_FORM)).toBe(page);
  });

  it('a browser page makes the run wait; any other page ends it', () => {
    expect(runVerdict({ startedAt: 0, formSeen: true }, 'not-web', 1)).toBe('wait');
    expect(runVerdict({ startedAt: 0, formSeen: true }, 'other', 1)).toBe('left-form');
  });

  it('a clock set back by more than a minute ends the run; less than that is tolerated', () => {
    const start = 10 * 60_000;
    expect(runVerdict({ startedAt: start, formSeen: true }, 'form', start - 60_000)).toBe('form');
    expect(runVerdict({ startedAt: start, formSeen: true }, 'form', start - 60_001)).toBe('expired');
  });
});

describe('the objection run', () => {
  it('hands the details to the run tab’s form only (frames of that page included)', async () => {
    expect(await beginObjection(at(FORM))).toEqual({ action: 'prefill', form: OBJECTION_FORM, ...profile, country: '', explanation: '' });
    expect(await beginObjection(at(FORM, 3))).toEqual({ action: 'prefill', form: OBJECTION_FORM, ...profile, country: '', explanation: '' });
    expect(await beginObjection(at(FORM, 0, 8))).toEqual(NO_PLAN);
  });

  it('a tab moved to another Help Center form gets nothing typed, and the run ends', async () => {
    await onObjectionTabUpdated(TAB, OTHER_FORM);
    expect(objection()).toMatchObject({ run: null, ended: 'left-form' });
    expect(await beginObjection(at(OTHER_FORM))).toEqual(NO_PLAN);
  });

  it('even before the worker hears of the move, a message from another form gets nothing and ends the run', async () => {
    expect(await beginObjection(at(OTHER_FORM))).toEqual(NO_PLAN);
    expect(objection()).toMatchObject({ run: null, ended: 'left-form' });
  });

  it('a help article quoting a reference number, in the run’s tab: no receipt, the run ends', async () => {
    await beginObjection(at(FORM));
    await recordReceipt(at(ARTICLE), '250123-004567');
    expect(objection()).toMatchObject({ run: null, ended: 'left-form', submittedAt: null, caseNumber: null });
    // And a later confirmation cannot bring it back: the run is gone.
    await recordReceipt(at(THANKS), '250123-004567');
    expect(objection().submittedAt).toBeNull();
  });

  it('records the receipt from LinkedIn’s confirmation reached from the form, in the top frame', async () => {
    await beginObjection(at(FORM));
    await recordPrefill(at(FORM), { type: 'objection/report', found: true, report });
    await onObjectionTabUpdated(TAB, THANKS);
    expect(objection().run).not.toBeNull();
    expect(await beginObjection(at(THANKS))).toMatchObject({ action: 'receipt', firstName: '', email: '' });
    await recordReceipt(at(THANKS), '250123-004567');
    expect(objection()).toMatchObject({ run: null, ended: null, caseNumber: '250123-004567' });
    expect(objection().submittedAt).toBeTypeOf('number');
  });

  it('ignores a sub-frame claiming a receipt, even on the confirmation page', async () => {
    await beginObjection(at(FORM));
    expect(await beginObjection(at(THANKS, 5))).toMatchObject({ action: 'none' });
    await recordReceipt(at(THANKS, 5), '250123-004567');
    expect(objection()).toMatchObject({ submittedAt: null, caseNumber: null });
    expect(objection().run).not.toBeNull();
  });

  it('a confirmation page the run never came from (form not seen) is no receipt', async () => {
    await recordReceipt(at(THANKS), '250123-004567');
    expect(objection()).toMatchObject({ submittedAt: null, run: null, ended: 'left-form' });
  });

  it('a run older than 30 minutes is ended, and hands out nothing', async () => {
    vi.useFakeTimers({ now: Date.now() + RUN_MAX_AGE_MS + 1_000 });
    expect(await beginObjection(at(FORM))).toMatchObject({ action: 'none', email: '' });
    expect(objection()).toMatchObject({ run: null, ended: 'expired' });
  });

  it('closing the tab ends the run; reports from elsewhere are ignored', async () => {
    await recordPrefill(at(ARTICLE, 0, 9), { type: 'objection/report', found: true, report });
    expect(objection().report).toBeNull();
    await onObjectionTabRemoved(TAB);
    expect(objection()).toMatchObject({ run: null, ended: 'tab-closed' });
  });

  it('another Help Center page framed in the form’s tab gets nothing, and cannot take the prefill from the form', async () => {
    // Issue 37, finding 2: the tab is the form's, the frame is an article (or another form).
    expect(await beginObjection(at(FORM, 4, TAB, ARTICLE))).toEqual(NO_PLAN);
    expect(await beginObjection(at(FORM, 5, TAB, OTHER_FORM))).toEqual(NO_PLAN);
    expect(await beginObjection(at(FORM, 6, TAB, `${FORM}-2`))).toEqual(NO_PLAN); // shares the form's prefix only
    expect(await beginObjection(at(FORM, 6, TAB, 'about:blank'))).toEqual(NO_PLAN);
    await recordPrefill(at(FORM, 4, TAB, ARTICLE), { type: 'objection/report', found: true, report });
    expect(objection()).toMatchObject({ report: null, formFound: null, run: { prefilled: false } });
    // The form itself still gets the details, and its report is the one kept.
    expect(await beginObjection(at(FORM))).toMatchObject({ action: 'prefill', email: profile.email });
    await recordPrefill(at(FORM), { type: 'objection/report', found: true, report });
    expect(objection()).toMatchObject({ report, formFound: true, run: { prefilled: true } });
  });

  it('the form’s own frame (at its address or below it) is answered; a top frame must be at the form itself', async () => {
    expect(await beginObjection(at(FORM, 3, TAB, `${FORM}/frame`))).toMatchObject({ action: 'prefill', email: profile.email });
    // A top frame whose own address is not the form's (the browser's two URLs disagree): nothing.
    expect(await beginObjection(at(FORM, 0, TAB, ARTICLE))).toEqual(NO_PLAN);
    // A confirmation is a top frame's only, at the confirmation's address.
    await recordPrefill(at(FORM), { type: 'objection/report', found: true, report });
    await onObjectionTabUpdated(TAB, THANKS);
    await recordReceipt(at(THANKS, 0, TAB, ARTICLE), '250123-004567');
    expect(objection().submittedAt).toBeNull();
  });

  it('its host taken back, the run ends as "access taken back" and hands out nothing more', async () => {
    browser.granted.delete('https://www.linkedin.com/*');
    await endRunsWithoutAccess();
    expect(objection()).toMatchObject({ run: null, ended: 'access-removed' });
    expect(await beginObjection(at(FORM))).toEqual(NO_PLAN);
  });

  it('a browser page (load error) in the tab neither ends nor feeds the run', async () => {
    await onObjectionTabUpdated(TAB, 'chrome-error://chromewebdata/');
    expect(objection().run).not.toBeNull();
  });
});

describe('Meta’s objection runs', () => {
  const FB = 'https://www.facebook.com/help/contact/6359191084165019';
  const meta = () => (browser.data().objections as Record<string, any>)['meta-facebook'];
  const metaReport = { control: null, email: 'done', country: 'done', explanation: 'done', captcha: 'absent', submit: 'highlighted' } as const;

  beforeEach(async () => {
    browser = fakeBrowser({ schemaVersion: 5, profile: { ...profile, country: 'FR', explanation: '' } });
    await startObjection('meta-facebook');
  });

  it('hands Meta’s form the e-mail, country and explanation (the default text when none was typed), never the name', async () => {
    expect(browser.created).toEqual([{ url: FB, active: true }]);
    expect(await beginObjection(at(FB))).toEqual({
      ...NO_PLAN,
      action: 'prefill',
      form: formById('meta-facebook'),
      email: 'camille@example.org',
      country: 'FR',
      explanation: '[meta__explanationDefault]',
    });
    // LinkedIn's form in the same tab gets nothing: the run is Meta's.
    expect(await beginObjection(at(FORM))).toEqual(NO_PLAN);
  });

  it('records a receipt only from the form’s page, top frame, once it was prefilled', async () => {
    await beginObjection(at(FB));
    await recordReceipt(at(FB), null);
    expect(meta().submittedAt).toBeNull(); // not prefilled yet: the form itself is no confirmation
    await recordPrefill(at(FB), { type: 'objection/report', found: true, report: metaReport });
    await recordReceipt(at(FB, 2), null);
    expect(meta().submittedAt).toBeNull(); // a frame speaks for no confirmation
    await recordReceipt(at(FB), null);
    expect(meta()).toMatchObject({ run: null, ended: null, caseNumber: null, report: metaReport });
    expect(meta().submittedAt).toBeTypeOf('number');
  });

  it('Meta removed (one of its hosts given back): its armed run ends at once, not 30 minutes later', async () => {
    browser.granted.delete('https://help.instagram.com/*');
    await endRunsWithoutAccess();
    expect(meta()).toMatchObject({ run: null, ended: 'access-removed' });
    expect(await beginObjection(at(FB))).toEqual(NO_PLAN);
  });

  it('is not opened while Meta is not added (its hosts not granted)', async () => {
    browser = fakeBrowser({ schemaVersion: 5, profile });
    browser.granted.delete('https://help.instagram.com/*');
    await startObjection('meta-instagram');
    expect(browser.created).toEqual([]);
    expect(browser.data().objections).toBeUndefined();
  });
});
