// The worker's side of the privacy check (src/background/checks/) over a fake browser:
// the tab goes to every setting to act on, then to every one to verify, then to the
// category pages; each finished setting's record is written; a sign-in checkpoint ends
// the sweep; a page opened by hand acts only on the chosen settings; a tab that never
// began loading is sent again, a few times.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadReport } from '../../src/engine/switch/load';
import { fakeBrowser } from './fake-browser';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));
// The algorithm of one tab (act on every setting, then verify each, then the category pages):
// a check spread over several tabs runs exactly this in each (tests/unit/parallel-worker.test.ts).
vi.mock('../../src/engine/check/parallel', async (original) => ({ ...(await original<object>()), TABS_PER_SERVICE: 1 }));
const { startAudit, startSweep, startServiceCheck } = await import('../../src/background/checks/start');
const { endRunsWithoutAccess } = await import('../../src/background/access-lost');
const { beginAudit, beginSiteAudit, grantClick, recordReport, recordScan } = await import('../../src/background/checks/loads');
const { onTabOutOfSight, onTabUpdated, resendIfStuck, mayResend, PAGE_PAUSE_MS, RESEND_AFTER_MS } = await import('../../src/background/checks/navigate');
const { recordEnd } = await import('../../src/background/checks/run-state');
const { CATEGORY_PATHS } = await import('../../src/services/linkedin/settings');
const { settingById } = await import('../../src/services');

const ORIGIN = 'https://www.linkedin.com';
const AI = 'generative-ai';
const path = (id: string) => settingById(id)!.path;
const url = (id: string) => ORIGIN + path(id);
const TAB = 7;
const data = () => browser.data() as Record<string, any>;
const run = () => data().runs?.[0] ?? null;
const record = (id: string) => data().settings?.[id];
const OFF: LoadReport = { kind: 'read', state: 'off' };
const ON: LoadReport = { kind: 'read', state: 'on' };
const SAVED: LoadReport = { kind: 'settled', state: 'off', toast: false };

/**
 * A load's click, as the content script takes it (src/content/check.ts): the one granted
 * with the plan when one came, else asked for. The click's number, or null: no click.
 */
const takeClick = async (reply: { click?: number }, tabId: number, origin: string, id: string) => reply.click ?? (await grantClick(tabId, origin, id)).click;

/**
 * One load of a setting's page in the tab: begins, and reports. A `settled` report comes
 * after a click, as in the content script: the click is taken, and must be granted; any
 * other report gives back a click granted with the plan.
 */
async function load(id: string, report: LoadReport, tabId = TAB) {
  const reply = await beginAudit(tabId, ORIGIN, path(id));
  expect(reply.settingId).toBe(id);
  if (report.kind === 'settled') {
    // A sweep's load: left sooner (brisk) only while other settings' pages come before the fresh load that verifies it.
    const others = (run()?.rows.length ?? 0) > 1;
    expect(reply.plan).toEqual(others ? { phase: 'act', mode: 'optout', brisk: true } : { phase: 'act', mode: 'optout' });
    expect(await takeClick(reply, tabId, settingById(id)!.origin, id)).not.toBeNull();
  }
  await recordReport(tabId, ORIGIN, path(id), id, report, [], null, true, reply.click !== undefined && report.kind !== 'settled');
  return reply;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a sweep', () => {
  it('the last setting still to do is not left briskly, even with category pages to look at after it', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(['cookies', 'research']);
    const [first, last] = run().rows.map((r: { id: string }) => r.id);
    await load(first, OFF); // already off: done, no verifying load to wait for
    expect(run()).toMatchObject({ target: { row: last }, visits: CATEGORY_PATHS });
    // Its verifying load comes next (category pages only after): the full window, so LinkedIn's answer is in by then.
    expect((await beginAudit(TAB, ORIGIN, path(last))).plan).toEqual({ phase: 'act', mode: 'optout' });
  });

  it('opens the first page, acts on every setting, then verifies each, then looks at the category pages', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(['cookies', 'research', AI]);
    // The AI switch first (the data's order), in a background tab.
    expect(browser.created).toEqual([{ url: url(AI), active: false }]);
    expect(run()).toMatchObject({ kind: 'sweep', tabId: TAB, target: { row: AI }, sent: true, total: 3, visits: CATEGORY_PATHS, step: 'opening' });
    expect(run().rows.map((r: { id: string }) => r.id)).toEqual([AI, 'research', 'cookies']);
    expect(data().sweep).toMatchObject({ ids: [AI, 'research', 'cookies'], end: null });
    expect(data().prefs.chosen).toEqual([AI, 'research', 'cookies']);

    // Act on the AI switch: one click, the page shows off; on to research (not yet verified).
    await load(AI, SAVED);
    expect(run()).toMatchObject({ target: { row: 'research' }, sent: true, step: 'searching' });
    expect(run().rows[0]).toMatchObject({ id: AI, phase: 'verify', clicks: 1 });
    expect(record(AI)).toBeUndefined();

    // Act on research; then cookies, already off: finished without a click.
    await load('research', SAVED);
    await load('cookies', OFF);
    expect(record('cookies')).toMatchObject({ audit: { outcome: 'already-off', clicks: 0, source: 'popup' }, known: { state: 'off' }, page: null });
    expect(run()).toMatchObject({ target: { row: AI }, step: 'confirming' });

    // Verify the AI switch, then research: each verifying load only reads.
    const verifyAi = await load(AI, OFF);
    expect(verifyAi.plan).toEqual({ phase: 'verify' });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
    expect(record('research')).toBeUndefined();
    await load('research', OFF);
    expect(record('research')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });

    // The category pages: a scan of each moves the tab on; the last ends the sweep.
    expect(run()).toMatchObject({ target: { visit: CATEGORY_PATHS[0] }, rows: [] });
    expect(await beginAudit(TAB, ORIGIN, CATEGORY_PATHS[0]!)).toEqual({ plan: null, settingId: null, scan: true });
    const found = [{ kind: 'entry' as const, label: 'A new setting', state: null, path: '/mypreferences/d/settings/new' }];
    await recordScan(TAB, ORIGIN, CATEGORY_PATHS[0]!, found);
    expect(run()).toMatchObject({ target: { visit: CATEGORY_PATHS[1] } });
    expect(data().found).toMatchObject(found);
    await recordScan(TAB, ORIGIN, CATEGORY_PATHS[1]!, []);
    expect(run()).toBeNull();
    expect(data().sweep).toMatchObject({ end: 'done' });
    expect(data().sweep.endedAt).toEqual(expect.any(Number));

    expect(browser.visits).toEqual(
      [url('research'), url('cookies'), url(AI), url('research'), ORIGIN + CATEGORY_PATHS[0], ORIGIN + CATEGORY_PATHS[1]].map((u) => ({ tabId: TAB, url: u })),
    );
    expect(browser.reloads).toEqual([]);
  });

  it('two settings of one page: the tab is reloaded, not sent again; a save put back is tried again on a fresh load', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(['marketing-emails', 'marketing-profile']);
    expect(browser.created).toEqual([{ url: url('marketing-profile'), active: false }]);
    await load('marketing-profile', SAVED);
    expect(browser.reloads).toEqual([TAB]);
    expect(run()).toMatchObject({ target: { row: 'marketing-emails' } });
    // LinkedIn puts the e-mails switch back on: the same page again, to act.
    await load('marketing-emails', { kind: 'settled', state: 'on', toast: true });
    expect(browser.reloads).toEqual([TAB, TAB]);
    expect(run()).toMatchObject({ target: { row: 'marketing-emails' } });
    expect(run().rows[1]).toMatchObject({ id: 'marketing-emails', phase: 'act', clicks: 1, toast: true });
    await load('marketing-emails', SAVED);
    await load('marketing-profile', OFF);
    await load('marketing-emails', OFF);
    expect(record('marketing-profile')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 } });
    expect(record('marketing-emails')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 2 } });
    expect(browser.reloads).toEqual([TAB, TAB, TAB, TAB]);
    expect(browser.visits).toEqual([{ tabId: TAB, url: ORIGIN + CATEGORY_PATHS[0] }]);
    expect(run()).toMatchObject({ target: { visit: CATEGORY_PATHS[0] } });
  });

  it('never more than three clicks for one setting, then the save is rejected and the sweep goes on', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    for (let i = 0; i < 3; i++) await load(AI, { kind: 'settled', state: 'on', toast: false });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'save-rejected', clicks: 3, detail: 'reverted' }, known: { state: 'on' } });
    expect(run()).toMatchObject({ target: { row: 'research' } });
  });

  it('a setting that cannot be found keeps the page it was looked for on, for the maintainers, and the sweep goes on', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'ads-age']);
    await load(AI, OFF);
    const seen = {
      lang: 'en',
      switches: [{ kind: 'input' as const, ties: ['aria-labelledby' as const], hook: '', length: 26, like: 'Use your age range for ads' }],
    };
    // Its click came with the plan, unused: given back (the record says no click).
    expect((await beginAudit(TAB, ORIGIN, path('ads-age'))).click).toBe(1);
    await recordReport(TAB, ORIGIN, path('ads-age'), 'ads-age', { kind: 'failed', outcome: 'not-found', detail: 'timeout' }, [], seen, true, true);
    expect(record('ads-age')).toMatchObject({
      audit: { outcome: 'not-found', detail: 'timeout', clicks: 0 },
      known: null,
      page: { path: path('ads-age'), ...seen },
    });
    // A reading does not keep the page.
    expect(record(AI).page).toBeNull();
    expect(run()).toMatchObject({ target: { visit: CATEGORY_PATHS[0] } });
  });

  it('waits PAGE_PAUSE_MS before sending the tab to another page', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research'], 'audit');
    await beginAudit(TAB, ORIGIN, path(AI));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const done = recordReport(TAB, ORIGIN, path(AI), AI, ON, [], null, true);
    for (let i = 0; i < 100 && vi.getTimerCount() === 0; i++) await Promise.resolve();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(PAGE_PAUSE_MS - 1);
    expect(browser.visits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(browser.visits).toEqual([{ tabId: TAB, url: url('research') }]);
    // Audit only: the setting is reported, nothing was clicked.
    expect(record(AI)).toMatchObject({ audit: { outcome: 'left-on', clicks: 0 }, known: { state: 'on' } });
  });

  it('a sign-in checkpoint ends the sweep: the setting under way says so, the ones not reached keep no record', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research', 'cookies']);
    await load(AI, OFF);
    await beginAudit(TAB, ORIGIN, path('research'));
    await recordEnd(TAB, 'signed-out', 'checkpoint');
    expect(run()).toBeNull();
    expect(data().sweep).toMatchObject({ end: 'checkpoint', endedAt: expect.any(Number) });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'already-off' } });
    expect(record('research')).toMatchObject({ audit: { outcome: 'signed-out', detail: 'checkpoint' }, known: null });
    expect(record('cookies')).toBeUndefined();
    // A late report of the ended run changes nothing but a fresh reading.
    await recordReport(TAB, ORIGIN, path('cookies'), 'cookies', SAVED, [], null, true);
    expect(record('cookies')).toBeUndefined();
  });

  it('the checkpoint URL in the tab ends the sweep as a checkpoint, a sign-in page as signed out', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    await onTabUpdated(TAB, `${ORIGIN}/checkpoint/challenge/abc`);
    expect(data().sweep).toMatchObject({ end: 'checkpoint' });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'signed-out', detail: 'checkpoint' } });

    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    await onTabUpdated(TAB, `${ORIGIN}/login?session_redirect=x`);
    expect(data().sweep).toMatchObject({ end: 'signed-out' });
  });

  it('the tab taken elsewhere ends the sweep as interrupted; a load of the target page does not', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    await onTabUpdated(TAB, url(AI));
    expect(run()).not.toBeNull();
    await onTabUpdated(TAB, `${ORIGIN}/feed/`);
    expect(run()).toBeNull();
    expect(data().sweep).toMatchObject({ end: 'interrupted' });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'left-page' } });
  });
  // Once every setting has its result, only the look at the category pages is left: a tab
  // that leaves one (LinkedIn redirects the unverified ads category page) ends the sweep done.
  it('leaving a category page after every setting is finished does not call the sweep interrupted', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    await load(AI, OFF);
    expect(run()).toMatchObject({ target: { visit: CATEGORY_PATHS[0] }, rows: [] });
    await onTabUpdated(TAB, `${ORIGIN}/mypreferences/d/categories/somewhere-else`);
    expect(run()).toBeNull();
    expect(data().sweep).toMatchObject({ end: 'done' });
  });
});

describe('a page opened by hand', () => {
  it('acts only on the settings the user chose; the others on the page are read only', async () => {
    browser = fakeBrowser({ schemaVersion: 5, prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30, chosen: ['marketing-profile'] } });
    const promotions = path('marketing-profile');
    // The chosen one's click comes with its plan.
    expect(await beginAudit(3, ORIGIN, promotions)).toEqual({ plan: { phase: 'act', mode: 'optout' }, settingId: 'marketing-profile', scan: true, click: 1 });
    expect(run()).toMatchObject({ kind: 'one', source: 'page', tabId: 3, total: 2 });
    expect(run().rows).toMatchObject([
      { id: 'marketing-profile', mode: 'optout', clicks: 1 },
      { id: 'marketing-emails', mode: 'audit', clicks: 0 },
    ]);
    await recordReport(3, ORIGIN, promotions, 'marketing-profile', SAVED, [], null, true);
    // The second setting of the page: same page, reloaded; told to read only.
    expect(browser.reloads).toEqual([3]);
    expect(await beginAudit(3, ORIGIN, promotions)).toEqual({ plan: { phase: 'act', mode: 'audit' }, settingId: 'marketing-emails', scan: true });
    expect(await grantClick(3, settingById('marketing-emails')!.origin, 'marketing-emails')).toEqual({ click: null });
    await recordReport(3, ORIGIN, promotions, 'marketing-emails', ON, [], null, true);
    expect(record('marketing-emails')).toMatchObject({ audit: { outcome: 'left-on', clicks: 0, source: 'page' } });
    // Then the chosen one is verified.
    expect(await beginAudit(3, ORIGIN, promotions)).toEqual({ plan: { phase: 'verify' }, settingId: 'marketing-profile', scan: true });
  });

  it('with no choice made, only the AI switch is acted on', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    expect(await beginAudit(3, ORIGIN, path('ads-age'))).toEqual({ plan: { phase: 'act', mode: 'audit' }, settingId: 'ads-age', scan: true });
    browser = fakeBrowser({ schemaVersion: 7 });
    expect(await beginAudit(3, ORIGIN, path(AI))).toEqual({ plan: { phase: 'act', mode: 'optout' }, settingId: AI, scan: true, click: 1 });
  });

  it('a page that holds no known setting starts nothing', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    expect(await beginAudit(3, ORIGIN, CATEGORY_PATHS[0]!)).toEqual({ plan: null, settingId: null, scan: true });
    expect(run() ?? null).toBeNull();
  });
});

describe('grantClick', () => {
  it("refuses a setting that is not the run's current target, and another tab", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(1); // the first, with the plan
    expect(await grantClick(TAB, settingById('research')!.origin, 'research')).toEqual({ click: null });
    expect(await grantClick(TAB + 1, settingById(AI)!.origin, AI)).toEqual({ click: null });
    expect(await grantClick(TAB, settingById(AI)!.origin, AI)).toEqual({ click: 2 });
    expect(run().rows).toMatchObject([
      { id: AI, clicks: 2 },
      { id: 'research', clicks: 0 },
    ]);
  });
});

describe('resendIfStuck', () => {
  it('sends the tab again after RESEND_AFTER_MS without a load, three times, then leaves the run to the usual end of a silent run', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    const t0 = run().touchedAt as number;
    await resendIfStuck(t0 + RESEND_AFTER_MS - 1);
    expect(browser.visits).toEqual([]);
    expect(run().resends).toBe(0);
    for (let i = 1; i <= 3; i++) {
      await resendIfStuck(t0 + i * RESEND_AFTER_MS);
      expect(browser.visits).toHaveLength(i);
      expect(run()).toMatchObject({ resends: i, touchedAt: t0 + i * RESEND_AFTER_MS });
    }
    expect(browser.visits.every((v) => v.tabId === TAB && v.url === url(AI))).toBe(true);
    await resendIfStuck(t0 + 4 * RESEND_AFTER_MS);
    expect(browser.visits).toHaveLength(3);
    // No more resends: schedule.ts ends it as "no answer" RUN_STALE_MS after its last sign of life.
    expect(run()).toMatchObject({ resends: 3, sent: true });
    expect(mayResend(run(), t0 + 100 * RESEND_AFTER_MS)).toBe(false);
  });

  it('a tab that refuses to be sent on (a failed load) keeps its run; a tab that is gone ends it as closed', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    const t0 = run().touchedAt as number;
    browser.refusing.add(TAB);
    await resendIfStuck(t0 + RESEND_AFTER_MS);
    expect(run()).toMatchObject({ resends: 1, sent: true });
    expect(record(AI)).toBeUndefined();
    browser.closed.add(TAB);
    await resendIfStuck(t0 + 2 * RESEND_AFTER_MS);
    expect(run()).toBeNull();
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'tab-closed' } });
  });

  it('a tab sent again while already at its hash-route target is reloaded (the same URL would not load again)', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('chatgpt');
    const t0 = run().touchedAt as number;
    browser.urls.set(TAB, 'https://chatgpt.com/#settings/DataControls');
    await resendIfStuck(t0 + RESEND_AFTER_MS);
    expect(browser.reloads).toEqual([TAB]);
    expect(browser.visits).toEqual([]);
  });

  it('a tab whose page began loading is not sent again', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    await beginAudit(TAB, ORIGIN, path(AI));
    await resendIfStuck(Date.now() + 10 * RESEND_AFTER_MS);
    expect(browser.visits).toEqual([]);
    expect(run()).toMatchObject({ sent: false, resends: 0 });
  });
});

describe("another service's check", () => {
  const X = 'https://x.com';
  const xPath = (id: string) => settingById(id)!.path;
  /** One load of an X page in the tab, with a click granted when it acts (given back when not used). */
  async function xLoad(id: string, report: LoadReport) {
    const reply = await beginAudit(TAB, X, xPath(id));
    expect(reply.settingId).toBe(id);
    if (report.kind === 'settled') {
      expect(reply.plan).toEqual({ phase: 'act', mode: 'optout', brisk: true });
      expect(await takeClick(reply, TAB, settingById(id)!.origin, id)).toBe(1);
    }
    await recordReport(TAB, X, xPath(id), id, report, [], null, true, reply.click !== undefined && report.kind !== 'settled');
  }

  it('checks every X setting on x.com, verifies each by a fresh load, and keeps its own summary apart from the privacy check', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('x');
    expect(browser.created).toEqual([{ url: 'https://x.com/settings/grok_settings', active: false }]);
    expect(run()).toMatchObject({ kind: 'service', service: 'x', total: 5, visits: [], target: { row: 'x-grok' } });
    expect(data().checks.x).toMatchObject({ ids: ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'], end: null });
    expect(data().sweep).toBeUndefined();
    expect(data().prefs?.chosen).toBeUndefined();
    // The same path on LinkedIn's origin is not the target.
    expect(await beginAudit(TAB, ORIGIN, xPath('x-grok'))).toEqual({ plan: null, settingId: null, scan: true });

    await xLoad('x-grok', SAVED);
    for (const id of ['x-location', 'x-partners', 'x-off-x', 'x-ads']) await xLoad(id, OFF);
    expect(run()).toMatchObject({ target: { row: 'x-grok' } });
    expect(browser.visits.at(-1)).toEqual({ tabId: TAB, url: 'https://x.com/settings/grok_settings' });
    await xLoad('x-grok', OFF);
    expect(run()).toBeNull();
    expect(record('x-grok')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
    expect(record('x-ads')).toMatchObject({ audit: { outcome: 'already-off' } });
    expect(data().checks.x).toMatchObject({ end: 'done', endedAt: expect.any(Number) });
  });

  it("a page that shows only a signed-out visitor's view ends the check as signed out", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('chatgpt');
    const where = settingById('chatgpt-training')!.path;
    await beginAudit(TAB, 'https://chatgpt.com', where);
    await recordReport(TAB, 'https://chatgpt.com', where, 'chatgpt-training', { kind: 'failed', outcome: 'signed-out', detail: 'page' }, [], null, true);
    expect(run()).toBeNull();
    expect(record('chatgpt-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
    expect(data().checks.chatgpt).toMatchObject({ end: 'signed-out' });
  });

  it("X's login flow in the tab ends the check as signed out", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('x');
    await onTabUpdated(TAB, 'https://x.com/i/flow/login?redirect_after_login=%2Fsettings%2Fgrok_settings');
    expect(data().checks.x).toMatchObject({ end: 'signed-out' });
    expect(record('x-grok')).toMatchObject({ audit: { outcome: 'signed-out' } });
  });

  it("another service's page is answered with its setting's row and how that service shows a signed-out visitor; its script carries neither", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('chatgpt');
    const chatgpt = settingById('chatgpt-training')!;
    expect(await beginSiteAudit(TAB, 'https://chatgpt.com', chatgpt.path)).toEqual({
      plan: { phase: 'act', mode: 'optout' },
      settingId: 'chatgpt-training',
      scan: true,
      click: 1,
      row: chatgpt,
      signedOut: '[data-testid="login-button"]',
    });
    // A page of the service that is no setting's: no plan, no row; X shows no signed-out hook of its own.
    expect(await beginSiteAudit(3, X, '/home')).toEqual({ plan: null, settingId: null, scan: true, row: null, signedOut: null });
    // A row is sent only to its own origin: LinkedIn's AI switch path on x.com is no setting of x.com's.
    expect((await beginSiteAudit(3, X, path(AI))).row).toBeNull();
  });

  it('an X page opened by hand is checked and switched off (the service is on, or its script would not run); audit only is respected', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    expect(await beginAudit(3, X, xPath('x-ads'))).toEqual({ plan: { phase: 'act', mode: 'optout' }, settingId: 'x-ads', scan: true, click: 1 });
    expect(run()).toMatchObject({ kind: 'one', service: 'x' });
    browser = fakeBrowser({ schemaVersion: 5, prefs: { mode: 'audit' } });
    expect(await beginAudit(3, X, xPath('x-ads'))).toEqual({ plan: { phase: 'act', mode: 'audit' }, settingId: 'x-ads', scan: true });
  });
});

describe('review findings: no check where the user did not ask, no summary left reading as finished', () => {
  it('a service not added (host not granted): its check opens nothing', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    browser.granted.delete('https://x.com/*');
    await startServiceCheck('x');
    expect(browser.created).toEqual([]);
    expect(run() ?? null).toBeNull();
  });

  it('a service removed while it is checked: the check ends there, as interrupted', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('x');
    browser.granted.delete('https://chatgpt.com/*');
    await endRunsWithoutAccess();
    expect(run()).not.toBeNull();
    browser.granted.delete('https://x.com/*');
    await endRunsWithoutAccess();
    expect(run()).toBeNull();
    expect(data().checks.x).toMatchObject({ end: 'interrupted' });
    expect(record('x-grok')).toMatchObject({ audit: { outcome: 'interrupted', detail: 'access-removed' } });
  });

  // Issue 35: this said a check of X replaced LinkedIn's sweep. Services are different hosts
  // and now run side by side; a check started again for the same service still replaces its own.
  it('a check of the same service started while one runs ends it as interrupted, never as finished; another service runs beside it', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    await startServiceCheck('x');
    expect(data().runs.map((r: { service: string }) => r.service)).toEqual(['linkedin', 'x']);
    expect(data().sweep).toMatchObject({ end: null });
    await startAudit();
    expect(data().runs.map((r: { service: string; kind: string }) => [r.service, r.kind])).toEqual([
      ['x', 'service'],
      ['linkedin', 'one'],
    ]);
    expect(data().sweep).toMatchObject({ end: 'interrupted', endedAt: expect.any(Number) });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'replaced' } });
  });

  it('two checks of the same service started in the same millisecond: the first still ends as interrupted, never kept as the second’s own', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] }); // the clock stands still: both start at the same time
    await startSweep([AI, 'research']);
    await startAudit();
    expect(data().runs.map((r: { service: string; kind: string }) => [r.service, r.kind])).toEqual([['linkedin', 'one']]);
    expect(data().sweep).toMatchObject({ end: 'interrupted' });
  });

  it('a page reached in-app that reads "off" is verified by a fresh load before anything is recorded', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const X = 'https://x.com';
    const grok = settingById('x-grok')!.path;
    expect((await beginAudit(3, X, grok)).plan).toEqual({ phase: 'act', mode: 'optout' });
    await recordReport(3, X, grok, 'x-grok', OFF, [], null, false, true); // its click, granted with the plan, given back
    expect(record('x-grok')).toBeUndefined();
    expect(browser.reloads).toEqual([3]);
    expect(run()).toMatchObject({ target: { row: 'x-grok' } });
    expect(run().rows[0]).toMatchObject({ phase: 'verify' });
    expect(await beginAudit(3, X, grok)).toMatchObject({ plan: { phase: 'verify' } });
    await recordReport(3, X, grok, 'x-grok', OFF, [], null, true);
    expect(record('x-grok')).toMatchObject({ audit: { outcome: 'already-off' }, known: { state: 'off' } });
    // With no run, a reading from a page reached in-app is not recorded either.
    await recordReport(3, X, grok, 'x-grok', ON, [], null, false);
    expect(record('x-grok')).toMatchObject({ known: { state: 'off' } });
  });

  it("a service's only setting is not left briskly: its verifying load comes right after the click", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('chatgpt');
    const where = settingById('chatgpt-training')!.path;
    expect((await beginAudit(TAB, 'https://chatgpt.com', where)).plan).toEqual({ phase: 'act', mode: 'optout' });
  });
});

describe('issue 37: a host taken back, a report from another site, a page that reloads itself', () => {
  it('LinkedIn’s host taken back mid-check: the next click is refused, the tab is sent nowhere, the check ends as “access taken back”', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    browser.granted.delete('https://www.linkedin.com/*');
    // Not held when the load begins: no click comes with the plan, and the one asked for is refused.
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBeUndefined();
    expect(await grantClick(TAB, ORIGIN, AI)).toEqual({ click: null });
    expect(run() ?? null).toBeNull();
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'access-removed', clicks: 0 } });
    expect(data().sweep).toMatchObject({ end: 'interrupted' });
    expect(browser.reloads).toEqual([]);
    expect(browser.visits).toEqual([]);
  });

  it('LinkedIn’s host taken back after a load got its click with its plan: the load in the tab is told to stop', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI, 'research']);
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(1);
    browser.granted.delete('https://www.linkedin.com/*');
    await endRunsWithoutAccess();
    expect(browser.messages).toEqual([{ tabId: TAB, message: { type: 'audit/stop' } }]);
    expect(run() ?? null).toBeNull();
    // The grant was never reported used: the record counts no click; the window still counts it.
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'access-removed', clicks: 0 } });
    expect(data().clickLog[AI]).toHaveLength(1);
  });

  it('a navigation finds the host gone: the tab is not reloaded, and the run ends', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(1);
    browser.granted.delete('https://www.linkedin.com/*');
    // The click's report would send the tab to its verifying load.
    await recordReport(TAB, ORIGIN, path(AI), AI, SAVED, [], null, true);
    expect(browser.reloads).toEqual([]);
    expect(run() ?? null).toBeNull();
    expect(record(AI)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'access-removed', clicks: 1 } });
  });

  it('a report of LinkedIn’s setting from x.com writes nothing, with or without a run; a click for it from there is refused', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const X = 'https://x.com';
    await recordReport(3, X, path(AI), AI, OFF, [], null, true);
    expect(record(AI)).toBeUndefined();
    await startSweep([AI]);
    await beginAudit(TAB, ORIGIN, path(AI));
    await recordReport(TAB, X, path(AI), AI, OFF, [], null, true, true);
    expect(record(AI)).toBeUndefined();
    expect(run()).toMatchObject({ target: { row: AI }, rows: [{ clicks: 1 }] }); // nothing given back from there either
    expect(await grantClick(TAB, X, AI)).toEqual({ click: null });
    // From LinkedIn itself, the same reading is recorded (its unused click given back).
    await recordReport(TAB, ORIGIN, path(AI), AI, OFF, [], null, true, true);
    expect(record(AI)).toMatchObject({ audit: { outcome: 'already-off' } });
  });

  it('a page opened by hand that reloads itself: three clicks in ten minutes across its runs, then none, and the record says why', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const clicks: (number | null)[] = [];
    for (let n = 0; n < 6; n++) {
      // Each load of a page opened by hand (no run left: the last one ended) starts a run of its own.
      await recordEnd(null, 'interrupted', 'left-page');
      clicks.push(await takeClick(await beginAudit(TAB, ORIGIN, path(AI)), TAB, ORIGIN, AI));
      await recordReport(TAB, ORIGIN, path(AI), AI, ON, [], null, true);
    }
    expect(clicks).toEqual([1, 1, 1, null, null, null]);
    expect(data().clickLog[AI]).toHaveLength(3);
    expect(record(AI)).toMatchObject({ audit: { outcome: 'save-rejected', detail: 'click-limit' }, known: { state: 'on' } });
    // Ten minutes after the first click, one more is allowed again.
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000 + 1_000, toFake: ['Date'] });
    await recordEnd(null, 'interrupted', 'left-page');
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(1);
  });
});

describe('issue 35: the click granted with the plan', () => {
  it('counted at grant; a load that did not use it gives it back: the row count and that entry of the click log', async () => {
    const earlier = Date.now() - 60_000;
    browser = fakeBrowser({ schemaVersion: 7, clickLog: { [AI]: [earlier] } });
    await startSweep([AI, 'research']);
    const reply = await beginAudit(TAB, ORIGIN, path(AI));
    expect(reply.click).toBe(1);
    expect(run().rows[0]).toMatchObject({ clicks: 1, granted: expect.any(Number) });
    const at = run().rows[0].granted;
    expect(data().clickLog[AI]).toEqual([earlier, at]);
    // Already off: nothing clicked, the grant given back; the setting reads "already off", no click.
    await recordReport(TAB, ORIGIN, path(AI), AI, OFF, [], null, true, true);
    expect(data().clickLog[AI]).toEqual([earlier]);
    expect(record(AI)).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 } });
  });

  it('a used grant stays counted and unmarked; the verifying load gets none', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(1);
    await recordReport(TAB, ORIGIN, path(AI), AI, SAVED, [], null, true);
    expect(run().rows[0]).toEqual({ id: AI, phase: 'verify', clicks: 1, toast: false, mode: 'optout' });
    expect(data().clickLog[AI]).toHaveLength(1);
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBeUndefined();
    // A report that says "unused" with no grant under way gives nothing back.
    await recordReport(TAB, ORIGIN, path(AI), AI, OFF, [], null, true, true);
    expect(data().clickLog[AI]).toHaveLength(1);
    expect(record(AI)).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 } });
  });

  it('a grant never reported (the page reloaded itself, the tab closed) stays counted: three loads, then no more grants', async () => {
    // A page opened by hand that reloads itself before any report: its run goes on, three grants, then none.
    browser = fakeBrowser({ schemaVersion: 7 });
    const grants: (number | undefined)[] = [];
    for (let n = 0; n < 5; n++) grants.push((await beginAudit(TAB, ORIGIN, path(AI))).click);
    expect(grants).toEqual([1, 2, 3, undefined, undefined]);
    expect(data().clickLog[AI]).toHaveLength(3);
    expect(await grantClick(TAB, ORIGIN, AI)).toEqual({ click: null });
    // Each load a run of its own (the last one ended without a report): the window's three, then none.
    browser = fakeBrowser({ schemaVersion: 7 });
    grants.length = 0;
    for (let n = 0; n < 5; n++) {
      await recordEnd(null, 'interrupted', 'left-page');
      grants.push((await beginAudit(TAB, ORIGIN, path(AI))).click);
    }
    expect(grants).toEqual([1, 1, 1, undefined, undefined]);
    expect(data().clickLog[AI]).toHaveLength(3);
    // A load that sees the switch on then asks: refused, and the record says why.
    expect(await grantClick(TAB, ORIGIN, AI)).toEqual({ click: null });
    expect(record(AI)).toMatchObject({ audit: { outcome: 'save-rejected', detail: 'click-limit' } });
    // In a check's run too, a grant of a load that never reported is not given back by a later load.
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    await beginAudit(TAB, ORIGIN, path(AI));
    expect((await beginAudit(TAB, ORIGIN, path(AI))).click).toBe(2);
    await recordReport(TAB, ORIGIN, path(AI), AI, ON, [], null, true, true);
    expect(run().rows[0]).toMatchObject({ clicks: 1, phase: 'act' });
    expect(data().clickLog[AI]).toHaveLength(1);
  });

  it('no click comes with the plan when storage cannot count it (data from a newer version is never written)', async () => {
    browser = fakeBrowser({ schemaVersion: 99 });
    const reply = await beginAudit(3, ORIGIN, path(AI));
    expect(reply).toEqual({ plan: { phase: 'act', mode: 'optout' }, settingId: AI, scan: true });
    expect(data().runs).toBeUndefined();
    expect(await grantClick(3, ORIGIN, AI)).toEqual({ click: null });
  });

  it("a signed-out page gives back its load's grant before the check ends", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('chatgpt');
    const where = settingById('chatgpt-training')!.path;
    expect((await beginAudit(TAB, 'https://chatgpt.com', where)).click).toBe(1);
    await recordReport(TAB, 'https://chatgpt.com', where, 'chatgpt-training', { kind: 'failed', outcome: 'signed-out', detail: 'page' }, [], null, true, true);
    expect(record('chatgpt-training')).toMatchObject({ audit: { outcome: 'signed-out', clicks: 0 } });
    expect(data().clickLog['chatgpt-training']).toEqual([]);
  });
});

describe('issue 37: the click window binds pages opened by hand, not a check the user starts again', () => {
  /** A check of Quora the user started, whose three clicks' saves were each refused: its window's three clicks spent. */
  async function threeRefusedSaves(): Promise<{ id: string; origin: string }> {
    await startServiceCheck('quora');
    const id = 'quora-training';
    const origin = settingById(id)!.origin;
    for (let n = 1; n <= 3; n++) {
      expect(await takeClick(await beginAudit(TAB, origin, path(id)), TAB, origin, id)).toBe(n);
      await recordReport(TAB, origin, path(id), id, { kind: 'settled', state: 'on', toast: false }, [], null, true);
    }
    return { id, origin };
  }

  it('a check started again by the user after three refused saves may click again; its clicks still count for a page opened by hand', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const { id, origin } = await threeRefusedSaves();
    expect(run() ?? null).toBeNull();
    // The user presses "Check again": a check of their own, bounded by its own three clicks.
    await startServiceCheck('quora');
    expect(await takeClick(await beginAudit(TAB, origin, path(id)), TAB, origin, id)).toBe(1);
    // The same page, reloaded by itself once that check has ended: no click, with the plan or asked for.
    await recordEnd(null, 'interrupted', 'left-page');
    const reply = await beginAudit(TAB, origin, path(id));
    expect(run()).toMatchObject({ source: 'page' });
    expect(reply.click).toBeUndefined();
    expect((await grantClick(TAB, origin, id)).click).toBeNull();
    expect(record(id)).toMatchObject({ audit: { outcome: 'save-rejected', detail: 'click-limit' } });
  });

  it('a check again whose load does not click gives back no room in the window: a page opened by hand then gets no fourth click', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const { id, origin } = await threeRefusedSaves();
    // "Check again": the window is full, so no click comes with the plan; the load finds it off and clicks nothing.
    await startServiceCheck('quora');
    expect((await beginAudit(TAB, origin, path(id))).click).toBeUndefined();
    await recordReport(TAB, origin, path(id), id, { kind: 'read', state: 'off' }, [], null, true, true);
    expect(data().clickLog[id]).toHaveLength(3);
    await recordEnd(null, 'interrupted', 'left-page');
    expect((await beginAudit(TAB, origin, path(id))).click).toBeUndefined();
    expect((await grantClick(TAB, origin, id)).click).toBeNull();
  });

  it('access taken back while a load’s plan is written: no click comes with it', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep([AI]);
    const granted = browser.granted;
    let asked = 0;
    // The first look finds the host held; by the time the grant is stored, it is gone.
    const has = granted.has.bind(granted);
    granted.has = (origin: string) => (origin === 'https://www.linkedin.com/*' && ++asked > 1 ? false : has(origin));
    const reply = await beginAudit(TAB, ORIGIN, path(AI));
    expect(reply.click).toBeUndefined();
  });
});

describe('a row that costs the user something, and a sign-in on a host we never hold (Google)', () => {
  it("the card's check acts on the recommended rows only: Web & App Activity is left to the user", async () => {
    browser = fakeBrowser({ schemaVersion: 5 });
    await startServiceCheck('google');
    expect(run()?.rows.map((r: { id: string }) => r.id)).toEqual(['google-gemini-activity']);
  });

  it("chosen on its row, that setting alone is checked; a recommended one, or another service's, chosen so: nothing starts", async () => {
    browser = fakeBrowser({ schemaVersion: 5 });
    await startServiceCheck('google', undefined, 'google-gemini-activity');
    expect(run() ?? null).toBeNull();
    await startServiceCheck('google', undefined, 'quora-training');
    expect(run() ?? null).toBeNull();
    await startServiceCheck('google', undefined, 'google-web-app-activity');
    expect(run()?.rows.map((r: { id: string }) => r.id)).toEqual(['google-web-app-activity']);
  });

  it('its tab still on a page whose address is withheld a moment later: signed out; a tab back on a page we see, or another service, is not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    browser = fakeBrowser({ schemaVersion: 5 });
    await startServiceCheck('quora');
    let done = onTabOutOfSight(TAB);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(run()).toMatchObject({ service: 'quora' });
    await recordEnd(null, 'interrupted', 'left-page');

    await startServiceCheck('google');
    // Firefox's about:blank, then our page: seen again a moment later, nothing ends.
    done = onTabOutOfSight(TAB);
    browser.urls.set(TAB, 'https://myactivity.google.com/product/gemini');
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(run()).toMatchObject({ service: 'google' });

    browser.urls.delete(TAB);
    done = onTabOutOfSight(TAB);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(run() ?? null).toBeNull();
    expect(record('google-gemini-activity')).toMatchObject({ audit: { outcome: 'signed-out', detail: 'elsewhere' } });
    expect(data().checks?.google).toMatchObject({ end: 'signed-out' });
    vi.useRealTimers();
  });
});
