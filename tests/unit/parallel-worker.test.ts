// @vitest-environment node
// Checks side by side (issue 35) over a fake browser: a service's settings dealt over at
// most three background tabs, each tab a run of its own whose rows end "off" only from
// their own fresh load, with clicks counted per row; a tab closed ends only its rows; other
// services run beside; "check everything" starts LinkedIn's AI switch and every service
// added; and the user is left where they were: the tabs the check opened close, a tab of
// theirs that was reused stays (issue 36).
import { describe, expect, it, vi } from 'vitest';
import type { LoadReport } from '../../src/engine/switch/load';
import { fakeBrowser } from './fake-browser';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));
const { shareOut, runningFor, TABS_PER_SERVICE } = await import('../../src/engine/check/parallel');
const { startSweep } = await import('../../src/background/checks/start');
const { startEverything } = await import('../../src/background/checks/everything');
const { beginAudit, grantClick, recordReport, recordScan } = await import('../../src/background/checks/loads');
const { onTabRemoved } = await import('../../src/background/checks/navigate');
const { settingById, serviceById, hostPatterns } = await import('../../src/services');
const { SETTINGS } = await import('../../src/services/linkedin/switches');
const { CATEGORY_PATHS } = await import('../../src/services/linkedin/settings');

const ORIGIN = 'https://www.linkedin.com';
const data = () => browser.data() as Record<string, any>;
const runs = () =>
  (data().runs ?? []) as {
    tabId: number;
    service: string;
    kind: string;
    rows: { id: string; phase: string; clicks: number; mode: string }[];
    total: number;
    target: any;
    visits: string[];
    opened: boolean;
  }[];
const services = () => [...new Set(runs().map((r) => r.service))].sort();
const runOf = (tabId: number) => runs().find((r) => r.tabId === tabId);
const record = (id: string) => data().settings?.[id];
const path = (id: string) => settingById(id)!.path;
const OFF: LoadReport = { kind: 'read', state: 'off' };
const SAVED: LoadReport = { kind: 'settled', state: 'off', toast: false };
const PUT_BACK: LoadReport = { kind: 'settled', state: 'on', toast: false };
const ALL = SETTINGS.map((s) => s.id);

/**
 * One load of the page of `tab`'s current target, reporting `report`: when it settled, after
 * a click (the one granted with the plan, else asked for); otherwise a granted click is given back.
 */
async function loadTarget(tabId: number, report: LoadReport): Promise<string> {
  const id = runOf(tabId)!.target.row as string;
  const origin = settingById(id)!.origin;
  const reply = await beginAudit(tabId, origin, path(id));
  if (report.kind === 'settled') expect(reply.click ?? (await grantClick(tabId, origin, id)).click).not.toBeNull();
  await recordReport(tabId, origin, path(id), id, report, [], null, true, reply.click !== undefined && report.kind !== 'settled');
  return id;
}

describe('dealing a check over tabs', () => {
  it('at most three tabs per service, settings dealt in turn, the first setting opening the first tab, the pages to visit after the fewest', () => {
    expect(TABS_PER_SERVICE).toBe(3);
    const shares = shareOut(ALL, CATEGORY_PATHS, 3);
    expect(shares.map((s) => s.ids.length)).toEqual([5, 4, 4]);
    expect(shares[0]!.ids[0]).toBe(ALL[0]);
    expect(shares.flatMap((s) => s.ids).sort()).toEqual([...ALL].sort());
    expect(shares.map((s) => s.visits)).toEqual([[], [], [...CATEGORY_PATHS]]);
    expect(shareOut(['a', 'b'], [], 3).map((s) => s.ids)).toEqual([['a'], ['b']]);
    expect(shareOut([], ['/sites'], 3)).toEqual([{ ids: [], visits: ['/sites'] }]);
    expect(shareOut([], [], 3)).toEqual([]);
  });

  it('what runs for a service, over its tabs: every row, the totals summed, the step of the tab furthest behind', () => {
    const row = (id: string) => ({ id, phase: 'act' as const, clicks: 0, toast: false, mode: 'optout' as const });
    const base = { kind: 'sweep' as const, service: 'linkedin' };
    const running = runningFor(
      [
        { ...base, tabId: 1, touchedAt: 5, step: 'confirming', rows: [row('a')], total: 2 },
        { ...base, tabId: 2, touchedAt: 9, step: 'switching', rows: [row('b'), row('c')], total: 3 },
        { ...base, service: 'x', tabId: 3, touchedAt: 1, step: 'opening', rows: [row('x')], total: 1 },
      ],
      'linkedin',
    );
    expect(running).toEqual({ kind: 'sweep', service: 'linkedin', rows: [row('a'), row('b'), row('c')], total: 5, step: 'switching', touchedAt: 9, tabs: 2 });
    expect(runningFor([], 'linkedin')).toBeNull();
  });
});

describe('the privacy check in three tabs', () => {
  it('opens three background tabs, each its own run; each row ends off only from its own fresh load; clicks per row; our tabs close at the end', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(ALL);
    expect(browser.created).toHaveLength(3);
    expect(browser.created.every((t) => t.active === false)).toBe(true);
    expect(runs().map((r) => [r.tabId, r.rows.length, r.total, r.opened])).toEqual([
      [7, 5, 5, true],
      [8, 4, 4, true],
      [9, 4, 4, true],
    ]);
    expect(data().sweep).toMatchObject({ ids: ALL, end: null });

    // A tab may click only its own current row: another tab's row, even of the same page, is refused.
    const other = runOf(8)!.target.row;
    expect(await grantClick(7, ORIGIN, other)).toEqual({ click: null });

    // Tab 7 clicks its first row; the row is not finished by that click, only moves to verify.
    const first = await loadTarget(7, SAVED);
    expect(record(first)).toBeUndefined();
    expect(runOf(7)!.rows.find((r) => r.id === first)).toMatchObject({ phase: 'verify', clicks: 1 });
    // A fresh "off" of another tab's row says nothing of this one.
    await loadTarget(8, OFF);
    expect(record(first)).toBeUndefined();

    // Drive every tab to its end: act on every row, then verify each; the category pages after.
    for (let step = 0; step < 60 && runs().length > 0; step++) {
      for (const run of runs()) {
        if (!run.target) continue;
        if ('visit' in run.target) await recordScan(run.tabId, ORIGIN, run.target.visit, []);
        else await loadTarget(run.tabId, run.rows.find((r) => r.id === run.target.row)!.phase === 'act' ? SAVED : OFF);
      }
    }
    expect(runs()).toEqual([]);
    // Every row verified off by a fresh load, none with more than one click.
    for (const id of ALL) expect(record(id)?.audit).toMatchObject({ outcome: expect.stringMatching(/^(turned-off|already-off)$/) });
    for (const id of ALL) expect(record(id).audit.clicks).toBeLessThanOrEqual(1);
    expect(data().sweep).toMatchObject({ end: 'done' });
    // The user is where they were: the three tabs the check opened are closed.
    expect([...browser.removed].sort()).toEqual([7, 8, 9]);
  });

  it("a row's retries stay bounded in its own tab: three clicks, then 'didn't save', while the other tabs go on", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(ALL);
    const id = runOf(8)!.target.row;
    for (let n = 1; n <= 3; n++) expect(await loadTarget(8, PUT_BACK)).toBe(id);
    expect(record(id)).toMatchObject({ audit: { outcome: 'save-rejected', clicks: 3 } });
    expect(runOf(8)!.rows.some((r) => r.id === id)).toBe(false);
    expect(runOf(7)!.rows).toHaveLength(5);
    expect(runOf(9)!.rows).toHaveLength(4);
  });

  it('a tab closed mid-check ends only its rows: its row under way is interrupted, the others finish, and the check ends interrupted', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startSweep(ALL);
    const gone = runOf(8)!.target.row;
    await onTabRemoved(8);
    expect(record(gone)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'tab-closed' } });
    expect(runs().map((r) => r.tabId)).toEqual([7, 9]);
    expect(data().sweep).toMatchObject({ end: null });
    // The other tabs' rows are still verified by their own loads.
    const id = await loadTarget(7, OFF);
    expect(record(id)).toMatchObject({ audit: { outcome: 'already-off' } });
    for (let step = 0; step < 40 && runs().length > 0; step++) {
      for (const run of runs()) {
        if (!run.target) continue;
        if ('visit' in run.target) await recordScan(run.tabId, ORIGIN, run.target.visit, []);
        else await loadTarget(run.tabId, OFF);
      }
    }
    expect(runs()).toEqual([]);
    expect(data().sweep).toMatchObject({ end: 'interrupted' });
    // The rows of the closed tab not reached keep no record of this check.
    const unreached = shareOut(ALL, [], 3)[1]!.ids.filter((r) => r !== gone);
    for (const r of unreached) expect(record(r)).toBeUndefined();
  });

  it("a tab of the user's own at a setting's page is reused and stays open; the tabs the check opened close", async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const mine = ORIGIN + path(ALL[0]!);
    browser.tabs.query = (async () => [{ id: 3, url: mine }]) as never;
    await startSweep(ALL.slice(0, 2));
    expect(runs().map((r) => [r.tabId, r.opened])).toEqual([
      [3, false],
      [7, true],
    ]);
    await onTabRemoved(7);
    await loadTarget(3, OFF);
    for (const visit of CATEGORY_PATHS) await recordScan(3, ORIGIN, visit, []);
    expect(runs()).toEqual([]);
    expect(browser.removed).not.toContain(3);
  });
});

describe('check everything', () => {
  const granted = (...ids: ('linkedin' | 'x' | 'chatgpt')[]) => new Set(ids.flatMap((id) => hostPatterns(serviceById(id))));

  it('LinkedIn, X and ChatGPT added: the AI switch and each service side by side, in background tabs, in the user’s mode; nothing for a service not added', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    browser.granted.clear();
    for (const host of granted('linkedin', 'x', 'chatgpt')) browser.granted.add(host);
    await startEverything({});
    expect(services()).toEqual(['chatgpt', 'linkedin', 'x']);
    // Several pages of one service at once too, never more than three tabs for it.
    expect(runs().filter((r) => r.service === 'x').length).toBeGreaterThan(1);
    for (const id of services()) expect(runs().filter((r) => r.service === id).length).toBeLessThanOrEqual(3);
    expect(
      runs()
        .find((r) => r.service === 'linkedin')!
        .rows.map((r) => r.id),
    ).toEqual(['generative-ai']);
    expect(browser.created.every((t) => t.active === false)).toBe(true);
    expect(
      runs()
        .flatMap((r) => r.rows)
        .every((r) => r.mode === 'optout'),
    ).toBe(true);
    // One of X's tabs closed: only its rows end; X's other tabs and the other services go on.
    const xTabs = runs().filter((r) => r.service === 'x');
    await onTabRemoved(xTabs[0]!.tabId);
    expect(runs().filter((r) => r.service === 'x')).toHaveLength(xTabs.length - 1);
    expect(services()).toEqual(['chatgpt', 'linkedin', 'x']);
    expect(data().checks.x).toMatchObject({ end: null });
    for (const t of xTabs.slice(1)) await onTabRemoved(t.tabId);
    expect(data().checks.x).toMatchObject({ end: 'interrupted' });
    expect(services()).toEqual(['chatgpt', 'linkedin']);
  });

  it('scheduled: read only, never a click', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    browser.granted.clear();
    for (const host of granted('linkedin', 'x')) browser.granted.add(host);
    await startEverything({ scheduled: true });
    expect(services()).toEqual(['linkedin', 'x']);
    expect(
      runs()
        .flatMap((r) => r.rows)
        .every((r) => r.mode === 'audit'),
    ).toBe(true);
    const id = runs()[0]!.target.row;
    await beginAudit(runs()[0]!.tabId, settingById(id)!.origin, path(id));
    expect(await grantClick(runs()[0]!.tabId, settingById(id)!.origin, id)).toEqual({ click: null });
  });
});
