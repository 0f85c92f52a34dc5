// @vitest-environment node
// The worker's answers, as the content scripts read them without zod: a plan, a click
// number or an objection action is taken only when it is exactly what the worker sends;
// anything else means "read only" or "do nothing".
import { describe, expect, it } from 'vitest';
import { parseBeginReply, parseClickReply, parseSiteReply } from '../../src/engine/check/replies';
import { settingById } from '../../src/services';
import { parseObjectionReply } from '../../src/engine/form/replies';
import { META_FORMS } from '../../src/services/meta/forms';

const AI = 'generative-ai';
/** What a load does when the worker's answer is not one: read its page's own setting, change nothing. */
const readOnly = { plan: { phase: 'act', mode: 'audit' }, settingId: AI, scan: false };

describe('parseBeginReply', () => {
  it('opt-out mode only when the plan is an acting one that says optout, for the setting named', () => {
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout' }, settingId: 'research', scan: true }, AI)).toEqual({
      plan: { phase: 'act', mode: 'optout' },
      settingId: 'research',
      scan: true,
    });
    const audit = { plan: { phase: 'act', mode: 'audit' }, settingId: AI, scan: false };
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'audit' }, settingId: AI }, AI)).toEqual(audit);
    expect(parseBeginReply({ plan: { phase: 'later', mode: 'optout' }, settingId: AI }, AI)).toEqual(audit);
    expect(parseBeginReply({ plan: { mode: 'optout' }, settingId: AI }, AI)).toEqual(audit);
  });

  it('a click granted with the plan (1-3) is taken only with an opt-out plan; anything else is no click', () => {
    const optout = { plan: { phase: 'act', mode: 'optout' }, settingId: AI, scan: true };
    expect(parseBeginReply({ ...optout, click: 2 }, AI)).toEqual({ ...optout, click: 2 });
    for (const click of [0, 4, 1.5, '1', null]) expect(parseBeginReply({ ...optout, click }, AI)).toEqual(optout);
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'audit' }, settingId: AI, click: 1 }, AI)).not.toHaveProperty('click');
    expect(parseBeginReply({ plan: { phase: 'verify' }, settingId: AI, click: 1 }, AI)).not.toHaveProperty('click');
    expect(parseBeginReply({ plan: null, click: 1 }, AI)).not.toHaveProperty('click');
  });

  it('a verifying plan only reads, whatever mode it carries', () => {
    expect(parseBeginReply({ plan: { phase: 'verify', mode: 'optout' }, settingId: AI }, AI)).toEqual({
      plan: { phase: 'verify' },
      settingId: AI,
      scan: false,
    });
  });

  it('a null plan means another check is running, or nothing to do here: stay quiet (and look around only if told)', () => {
    expect(parseBeginReply({ plan: null }, AI)).toEqual({ plan: null, settingId: null, scan: false });
    expect(parseBeginReply({ plan: null, scan: true }, AI)).toEqual({ plan: null, settingId: null, scan: true });
    expect(parseBeginReply({ plan: null, scan: 'yes' }, AI)).toEqual({ plan: null, settingId: null, scan: false });
  });

  it('a plan without a setting id is no plan to act on: read only', () => {
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout' }, settingId: 7, scan: true }, AI)).toEqual({ ...readOnly, scan: true });
  });

  it.each([[undefined], [null], ['optout'], [42], [{}], [{ plan: undefined }], [{ plan: 'optout' }], [{ plan: 1 }]])(
    'reads only for the unexpected answer %j',
    (reply) => {
      expect(parseBeginReply(reply, AI)).toEqual(readOnly);
    },
  );
});

describe('parseSiteReply', () => {
  const row = settingById('chatgpt-training')!;
  const plan = { phase: 'act', mode: 'optout' };
  const quiet = { plan: null, settingId: null, scan: false, row: null, signedOut: null };

  it("takes the plan with its setting's row and the signed-out hook, as the worker sends them", () => {
    const reply = { plan, settingId: row.id, scan: true, row, signedOut: '[data-testid="login-button"]' };
    expect(parseSiteReply(structuredClone(reply))).toEqual(reply);
    expect(parseSiteReply({ ...reply, signedOut: 7 }).signedOut).toBeNull();
  });

  it('a plan without its row, or with the row of another setting, is no plan (the script has no data of its own)', () => {
    expect(parseSiteReply({ plan, settingId: row.id, scan: true })).toEqual({ ...quiet, scan: false });
    expect(parseSiteReply({ plan, settingId: row.id, row: settingById('x-ads') })).toEqual(quiet);
  });

  it.each([
    ['a hook that is not a string', { hook: 7 }],
    ['an unknown kind of hook', { hookBy: 'xpath' }],
    ['openers that are not selectors', { open: '[data-testid="x"]' }],
    ['labels that are not lists of texts', { labels: { en: 'Improve the model' } }],
    ['titles that are not lists of texts', { titles: { en: [1] } }],
    ['no list of the labels around it', { others: undefined }],
    ['twins that are not pairs', { twins: [['/a/']] }],
    ['an unknown category', { category: 'tracking' }],
    ['no origin', { origin: undefined }],
    ['a toast that is not a selector', { toast: false }],
    ['twins that are not a list', { twins: '/mypreferences/' }],
    ['twins that are not texts', { twins: [['/a/', 1]] }],
    ['a recommendation that is not yes or no', { recommended: 'yes' }],
    ['a control of an unknown kind', { control: { kind: 'slider', on: {}, off: {} } }],
    ['a control without its state words', { control: { kind: 'value', on: { en: ['Enabled'] } } }],
    ['a menu without the entries it must avoid', { control: { kind: 'menu', on: {}, off: {}, item: { en: ['Turn off'] } } }],
    ['a menu whose confirmation is not texts', { control: { kind: 'menu', on: {}, off: {}, item: {}, avoid: {}, confirm: 'Got it' } }],
  ])('a row with %s is no row: nothing to do', (_, change) => {
    expect(parseSiteReply({ plan, settingId: row.id, row: { ...row, ...change } })).toEqual(quiet);
  });

  it('takes a row found by its label alone (no hook), and one with twin pages', () => {
    for (const id of ['claude-training', 'generative-ai']) {
      const other = settingById(id)!;
      expect(parseSiteReply({ plan, settingId: id, scan: true, row: structuredClone(other) }).row).toEqual(other);
    }
  });

  it('takes a row whose control is a menu or a value, as the worker sends it', () => {
    for (const id of ['google-gemini-activity', 'github-copilot-training']) {
      const other = settingById(id)!;
      expect(other.control).toBeDefined();
      expect(parseSiteReply({ plan, settingId: id, row: structuredClone(other) }).row).toEqual(other);
    }
  });

  it('no answer, or not an answer: nothing to do', () => {
    for (const reply of [undefined, null, 'optout', { row }]) expect(parseSiteReply(reply).plan).toBeNull();
  });
});

describe('parseClickReply', () => {
  it.each([1, 2, 3])('takes click number %i', (n) => {
    expect(parseClickReply({ click: n })).toBe(n);
  });

  it.each([[undefined], [null], [3], ['1'], [{}], [{ click: 0 }], [{ click: 4 }], [{ click: -1 }], [{ click: 1.5 }], [{ click: '1' }], [{ click: null }]])(
    'no click for %j',
    (reply) => {
      expect(parseClickReply(reply)).toBeNull();
    },
  );
});

describe('parseObjectionReply', () => {
  const none = { action: 'none', form: null, firstName: '', lastName: '', email: '', country: '', explanation: '' };
  const form = META_FORMS[1]!;

  it.each(['none', 'prefill', 'watch', 'receipt'] as const)('takes the action %s with its details', (action) => {
    const details = { form, firstName: 'Camille', lastName: 'Martin', email: 'c@example.org', country: 'FR', explanation: 'Non.' };
    expect(parseObjectionReply({ action, ...details })).toEqual({ action, ...details });
  });

  it('a detail that is not a string is read as empty, never as its value', () => {
    expect(parseObjectionReply({ action: 'prefill', form, firstName: 1, lastName: null, email: { at: 'x' }, country: ['FR'], explanation: true })).toEqual({
      ...none,
      action: 'prefill',
      form,
    });
  });

  it('an action without exactly a form (the content script has none of its own) is nothing to do', () => {
    const details = { firstName: 'Camille', email: 'c@example.org' };
    expect(parseObjectionReply({ form, ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: { ...form, fields: [...form.fields, { kind: 'password', labels: [] }] }, ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: 'meta-instagram', ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: { ...form, fields: [{ kind: 'password', labels: [] }] }, ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: { ...form, steps: ['press-submit', 'submit-for-you'] }, ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: { ...form, hooks: 'dyna-email' }, ...details })).toEqual(none);
    expect(parseObjectionReply({ action: 'prefill', form: { ...form, thankyouPath: 3 }, ...details })).toEqual(none);
  });

  it.each([[undefined], [null], ['prefill'], [{}], [{ action: 'submit', firstName: 'a' }], [{ action: 'PREFILL' }]])('does nothing for %j', (reply) => {
    expect(parseObjectionReply(reply)).toEqual(none);
  });
});
