// @vitest-environment node
// Stored values: read field by field, migrated, never rewritten when newer, and every
// read-then-write serialised, so two events at once cannot undo each other.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));
const { inspectState, parseState, update } = await import('../../src/store/store');
const { migrate, SCHEMA_VERSION } = await import('../../src/store/migrations');
const { recordProgress, recordReport, beginAudit, grantClick } = await import('../../src/background/checks/loads');
const { applyPatch } = await import('../../src/background/patch');

const AI = 'generative-ai';
const AI_PATH = '/mypreferences/d/settings/data-for-ai-improvement';
/** A load of the AI page in tab `tabId` begins, and reports. */
const begin = (tabId: number, path = AI_PATH) => beginAudit(tabId, 'https://www.linkedin.com', path);
const report = (tabId: number, r: Parameters<typeof recordReport>[4], id = AI, path = AI_PATH) =>
  recordReport(tabId, 'https://www.linkedin.com', path, id, r, [], null, true);

const AUDIT = { outcome: 'turned-off', at: 1, source: 'popup', clicks: 1 };
const RECEIPT = { submittedAt: 1_760_000_000_000, caseNumber: 'C-12345' };
const OBJECTION = { run: null, report: null, reportedAt: null, formFound: null, ...RECEIPT };
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('reading', () => {
  it('gives defaults for an empty storage (a fresh install opts out)', () => {
    expect(parseState({})).toEqual({
      prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null },
      settings: {},
      runs: [],
      reminders: null,
      objections: {},
      profile: { firstName: '', lastName: '', email: '', country: '', explanation: '' },
      walkthrough: { cleanupDone: false },
      notice: null,
      sweep: null,
      checks: {},
      clickLog: {},
      sites: {},
      drafts: {},
      cameBack: {},
      found: [],
    });
  });

  it('unreadable preferences fall back to audit only (change nothing), never to opt-out', () => {
    quiet();
    expect(parseState({ schemaVersion: 3, prefs: 'garbage' }).prefs.mode).toBe('audit');
    expect(parseState({ schemaVersion: 3, prefs: { mode: 'sometimes', muted: true } }).prefs).toEqual({
      mode: 'audit',
      muted: true,
      snoozeUntil: null,
      recheck: 'monthly',
      chosen: null,
    });
    expect(parseState({ schemaVersion: 3, prefs: { mode: 'optout', muted: 'yes' } }).prefs).toEqual({
      mode: 'optout',
      muted: false,
      snoozeUntil: null,
      recheck: 'monthly',
      chosen: null,
    });
  });

  it('repairs field by field: one bad field beside the receipt resets only that field', () => {
    quiet();
    const { state, unreadable } = inspectState({
      schemaVersion: 3,
      objections: { 'linkedin-dpro': { ...OBJECTION, report: 'garbage' } },
      profile: { firstName: 42, email: 'camille@example.org' },
    });
    expect(state.objections['linkedin-dpro']).toEqual({ ...OBJECTION, report: null, ended: null });
    expect(state.profile).toEqual({ firstName: '', lastName: '', email: 'camille@example.org', country: '', explanation: '' });
    expect(unreadable).toEqual(['objections.linkedin-dpro.report', 'profile.firstName']);
  });

  it('keeps Meta’s details field by field: a bad country resets only the country; a profile without them reads them as empty', () => {
    quiet();
    const mine = { firstName: 'Camille', lastName: 'Martin', email: 'c@example.org', explanation: 'I object, in my words.' };
    const { state, unreadable } = inspectState({ schemaVersion: 5, profile: { ...mine, country: 'US' } });
    expect(state.profile).toEqual({ ...mine, country: '' });
    expect(unreadable).toEqual(['profile.country']);
    const fine = inspectState({ schemaVersion: 5, profile: { ...mine, country: 'FR' } });
    expect(fine.state.profile).toEqual({ ...mine, country: 'FR' });
    expect(fine.unreadable).toEqual([]);
    // Written before Meta's forms existed: nothing to repair, nothing to tell the user.
    const before = inspectState({ schemaVersion: 5, profile: { firstName: 'Camille', lastName: 'Martin', email: 'c@example.org' } });
    expect(before.state.profile).toEqual({ firstName: 'Camille', lastName: 'Martin', email: 'c@example.org', country: '', explanation: '' });
    expect(before.unreadable).toEqual([]);
    const long = inspectState({ schemaVersion: 5, profile: { ...mine, country: 'FR', explanation: 'x'.repeat(1001) } });
    expect(long.state.profile).toEqual({ ...mine, country: 'FR', explanation: '' });
    expect(long.unreadable).toEqual(['profile.explanation']);
  });

  it('keeps each setting’s record on its own: a bad one does not reset another', () => {
    quiet();
    const { state } = inspectState({ schemaVersion: 3, settings: { 'generative-ai': { audit: AUDIT, known: 'garbage' }, other: 'garbage' } });
    expect(state.settings['generative-ai']).toEqual({ audit: AUDIT, known: null, page: null });
    expect(state.settings.other).toEqual({ audit: null, known: null, page: null });
  });

  it('a run that cannot be read is dropped whole (a half run means nothing)', () => {
    quiet();
    expect(inspectState({ schemaVersion: SCHEMA_VERSION, runs: [{ tabId: 'x' }] })).toMatchObject({ state: { runs: [] }, unreadable: ['runs'] });
  });

  it('data from a newer version is read where it can be, and marked newer', () => {
    quiet();
    const read = inspectState({
      schemaVersion: 9,
      settings: { 'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 } } },
      prefs: { mode: 'optout', extra: 1 },
    });
    expect(read.newer).toBe(true);
    expect(read.state.settings['generative-ai']).toEqual({ audit: AUDIT, known: { state: 'off', at: 5 }, page: null });
    expect(read.state.prefs.mode).toBe('optout');
  });
});

describe('migrate', () => {
  it('takes version-1 data to records keyed by setting, keeping the mode', () => {
    const migrated = migrate({ schemaVersion: 1, prefs: { mode: 'audit' }, known: { state: 'off', at: 5 } });
    expect(migrated).toEqual({
      schemaVersion: SCHEMA_VERSION,
      prefs: { mode: 'audit' },
      settings: { 'generative-ai': { audit: null, known: { state: 'off', at: 5 }, page: null } },
    });
    expect(parseState(migrated).prefs).toEqual({ mode: 'audit', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null });
  });

  it('takes version-2 data to the current version: the record by setting, the objection by form, no old run', () => {
    const v2 = {
      schemaVersion: 2,
      audit: AUDIT,
      known: { state: 'off', at: 5 },
      objection: OBJECTION,
      run: { tabId: 1, startedAt: 1, step: 'opening', source: 'popup', mode: 'optout' },
    };
    expect(migrate(v2)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { 'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 }, page: null } },
      objections: { 'linkedin-dpro': OBJECTION },
    });
  });

  it('takes version-3 data on: a run in the old shape is dropped, records and choices kept', () => {
    const v3 = {
      schemaVersion: 3,
      prefs: { mode: 'audit' },
      settings: { 'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 } } },
      run: { settingId: 'generative-ai', tabId: 1, phase: 'act', clicks: 1 },
    };
    expect(migrate(v3)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      prefs: { mode: 'audit' },
      settings: { 'generative-ai': { ...v3.settings['generative-ai'], page: null } },
    });
    const { state, unreadable } = inspectState(v3);
    expect(unreadable).toEqual([]); // no "storage reset" notice for an upgrade
    expect(state.settings['generative-ai']).toEqual({ audit: AUDIT, known: { state: 'off', at: 5 }, page: null });
  });

  it('takes version-4 data to version 6: a page kept with its words (labels, hooks) is dropped, the rest of each record kept', () => {
    const page = { path: '/mypreferences/d/settings/ads-by-age', switches: [{ hook: 'member-123', label: 'Camille Martin' }] };
    const v4 = {
      schemaVersion: 4,
      settings: { 'ads-age': { audit: AUDIT, known: null, page }, 'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 } }, odd: 'x' },
    };
    const migrated = migrate(v4);
    expect(migrated).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: {
        'ads-age': { audit: AUDIT, known: null, page: null },
        'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 }, page: null },
        odd: 'x',
      },
    });
    expect(JSON.stringify(migrated)).not.toContain('Camille');
    const { state, unreadable } = inspectState({ ...v4, settings: { 'ads-age': v4.settings['ads-age'] } });
    expect(unreadable).toEqual([]); // an upgrade, not a reset: no notice
    expect(state.settings['ads-age']).toEqual({ audit: AUDIT, known: null, page: null });
    // Settings that are not a map are left for the repair, which says so.
    expect(migrate({ schemaVersion: 4, settings: 'x' })).toEqual({ schemaVersion: SCHEMA_VERSION, settings: 'x' });
    expect(migrate({ schemaVersion: 4 })).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('takes version-5 data to version 6 unchanged; a site row’s longer id and the list of sites read back, a malformed site refused', () => {
    const v5 = { schemaVersion: 5, settings: { 'generative-ai': { audit: AUDIT, known: null, page: null } } };
    expect(migrate(v5)).toEqual({ ...v5, schemaVersion: SCHEMA_VERSION });
    const id = `wordpress-sharing@${'a'.repeat(50)}.wordpress.com`;
    const { state, unreadable } = inspectState({
      schemaVersion: 6,
      sites: { wordpress: ['alpha.wordpress.com', 'example.org'] },
      clickLog: { [id]: [1] },
      settings: { [id]: { audit: AUDIT, known: { state: 'off', at: 5 }, page: null } },
    });
    expect(unreadable).toEqual([]);
    expect(state.sites).toEqual({ wordpress: ['alpha.wordpress.com', 'example.org'] });
    expect(state.clickLog[id]).toEqual([1]);
    quiet();
    expect(inspectState({ schemaVersion: 6, sites: { wordpress: ['https://evil.test/x'] } })).toMatchObject({
      state: { sites: {} },
      unreadable: ['sites.wordpress'],
    });
  });

  it('takes version-6 data to version 7: LinkedIn’s re-check reminder becomes the one re-check schedule (never off, 7 days weekly, 30 and 90 monthly)', () => {
    const prefs = { mode: 'optout', muted: true, snoozeUntil: null, chosen: null };
    const v6 = (recheckDays?: unknown) => ({ schemaVersion: 6, prefs: { ...prefs, ...(recheckDays === undefined ? {} : { recheckDays }) } });
    expect(migrate(v6(0))).toEqual({ schemaVersion: 7, prefs: { ...prefs, recheck: 'off' } });
    expect(migrate(v6(7))).toEqual({ schemaVersion: 7, prefs: { ...prefs, recheck: 'weekly' } });
    expect(migrate(v6(30))).toEqual({ schemaVersion: 7, prefs: { ...prefs, recheck: 'monthly' } });
    expect(migrate(v6(90))).toEqual({ schemaVersion: 7, prefs: { ...prefs, recheck: 'monthly' } });
    // None chosen: the default (monthly) applies; no preferences at all, or unreadable ones, are left to the repair.
    expect(migrate(v6())).toEqual({ schemaVersion: 7, prefs });
    expect(parseState(migrate(v6())).prefs.recheck).toBe('monthly');
    expect(migrate({ schemaVersion: 6 })).toEqual({ schemaVersion: 7 });
    expect(migrate({ schemaVersion: 6, prefs: 'x' })).toEqual({ schemaVersion: 7, prefs: 'x' });
    // Read back with no notice: an upgrade, not a reset; the settings that came back start empty.
    const { state, unreadable } = inspectState(v6(7));
    expect(unreadable).toEqual([]);
    expect(state.prefs).toEqual({ ...prefs, recheck: 'weekly' });
    expect(state.cameBack).toEqual({});
    // From version 2 too, through every step.
    expect(parseState({ schemaVersion: 2, prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 0 } }).prefs.recheck).toBe('off');
  });

  it('takes version-6 data to version 7: the run under way becomes the one run of the list (checks side by side); none, none', () => {
    const run = { kind: 'one', tabId: 4, rows: [] };
    expect(migrate({ schemaVersion: 6, run })).toEqual({ schemaVersion: 7, runs: [run] });
    expect(migrate({ schemaVersion: 6, run: null })).toEqual({ schemaVersion: 7, runs: [] });
    expect(migrate({ schemaVersion: 6 })).toEqual({ schemaVersion: 7 });
  });

  it('treats data without a version as version 1, and empty storage as current', () => {
    expect(migrate({ prefs: { mode: 'optout' } }).schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrate({})).toEqual({ schemaVersion: SCHEMA_VERSION });
  });
});

describe('update', () => {
  beforeEach(() => {
    browser = fakeBrowser();
  });

  it('writes the migrated shape once, removes the old keys, and stamps the version', async () => {
    browser = fakeBrowser({ schemaVersion: 2, audit: AUDIT, known: { state: 'off', at: 5 }, objection: OBJECTION });
    await update(() => null);
    expect(browser.data()).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      settings: { 'generative-ai': { audit: AUDIT } },
      objections: { 'linkedin-dpro': OBJECTION },
    });
    expect(Object.keys(browser.data())).not.toContain('audit');
    expect(Object.keys(browser.data())).not.toContain('objection');
  });

  it('an old key left by a stop between the write and the clean-up goes on the next step, the data kept', async () => {
    const settings = { 'generative-ai': { audit: AUDIT, known: { state: 'off', at: 5 }, page: null } };
    browser = fakeBrowser({ schemaVersion: SCHEMA_VERSION, settings, known: { state: 'on', at: 1 } });
    const state = await update(() => null);
    expect(state.settings).toEqual(settings); // the leftover is never read as data
    expect(browser.data()).toEqual({ schemaVersion: SCHEMA_VERSION, settings });
  });

  it('repairs unreadable fields and leaves a notice naming what was reset', async () => {
    quiet();
    browser = fakeBrowser({ schemaVersion: 3, prefs: 'garbage', objections: { 'linkedin-dpro': { ...OBJECTION, report: 7 } } });
    await update(() => null);
    expect(browser.data()).toMatchObject({
      prefs: { mode: 'audit' },
      objections: { 'linkedin-dpro': { ...RECEIPT, report: null } },
      notice: { kind: 'storage-reset', keys: ['prefs', 'objections'] },
    });
  });

  it('never writes over data from a newer version, nor lowers its version', async () => {
    quiet();
    const newer = { schemaVersion: 9, prefs: 'something new', settings: {} };
    browser = fakeBrowser(newer);
    await update((s) => ({ prefs: { ...s.prefs, muted: true } }));
    expect(browser.data()).toEqual(newer);
  });

  it('two patches from the popup at once both land (each changes only its field)', async () => {
    await Promise.all([
      applyPatch({ prefs: { muted: true } }),
      applyPatch({ prefs: { recheck: 'weekly' } }),
      applyPatch({ profile: { email: 'a@b.c' } }),
      applyPatch({ profile: { firstName: 'Camille' } }),
    ]);
    expect(browser.data()).toMatchObject({ prefs: { mode: 'optout', muted: true, recheck: 'weekly' }, profile: { firstName: 'Camille', email: 'a@b.c' } });
  });

  it('a late progress message never brings back a finished run', async () => {
    browser = fakeBrowser({
      schemaVersion: 5,
      run: {
        kind: 'one',
        tabId: 4,
        startedAt: 1,
        touchedAt: Date.now(),
        step: 'confirming',
        source: 'popup',
        rows: [{ id: 'generative-ai', phase: 'verify', clicks: 1, toast: false, mode: 'optout' }],
        visits: [],
        total: 1,
        target: { row: 'generative-ai' },
        sent: false,
        resends: 0,
      },
    });
    await Promise.all([report(4, { kind: 'read', state: 'off' }), recordProgress(4, 'switching')]);
    // Stored by version 5 as the one run: migrated into the list of runs, the old key gone.
    expect(browser.data().runs).toEqual([]);
    expect(browser.data().run).toBeUndefined();
    expect(browser.data()).toMatchObject({ settings: { 'generative-ai': { audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } } } });
  });

  it('clicks asked for at once are counted one by one: never more than three per run', async () => {
    // The first comes with the plan; the others are asked for.
    expect((await begin(7)).click).toBe(1);
    const grants = await Promise.all(Array.from({ length: 6 }, () => grantClick(7, 'https://www.linkedin.com', AI)));
    expect(grants.map((g) => g.click)).toEqual([2, 3, null, null, null, null]);
    expect(browser.data().runs).toMatchObject([{ rows: [{ clicks: 3 }], tabId: 7 }]);
  });

  it('after a click the worker verifies by reloading the tab, and only a fresh reading finishes the run', async () => {
    expect((await begin(8)).click).toBe(1); // the click, granted with the plan
    await report(8, { kind: 'settled', state: 'off', toast: false });
    expect(browser.reloads).toEqual([8]);
    expect(browser.data().runs).toMatchObject([{ rows: [{ phase: 'verify', clicks: 1 }] }]);
    expect(browser.data().settings).toBeUndefined(); // nothing said yet
    expect(await begin(8)).toEqual({ plan: { phase: 'verify' }, settingId: AI, scan: true });
    expect(await grantClick(8, 'https://www.linkedin.com', AI)).toEqual({ click: null }); // a verifying load never clicks
    await report(8, { kind: 'read', state: 'off' });
    expect(browser.data()).toMatchObject({
      runs: [],
      settings: { 'generative-ai': { audit: { outcome: 'turned-off', clicks: 1, source: 'page' }, known: { state: 'off' } } },
    });
  });

  it('a second tab opened during a check stays quiet', async () => {
    await begin(1);
    expect(await begin(2)).toEqual({ plan: null, settingId: null, scan: true });
    expect(await grantClick(2, 'https://www.linkedin.com', AI)).toEqual({ click: null });
  });
});
