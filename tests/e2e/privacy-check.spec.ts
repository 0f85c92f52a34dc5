// The privacy check's other cases (Chromium): audit only, already off, a page opened by
// hand (only the chosen settings are switched off), French, a new AI switch and a new
// category entry reported and never clicked, a switch LinkedIn removed (with the report
// for the maintainers), the worker stopped between two pages, and a seeded sample of
// random LinkedIn sites with decoys on every page kind.
import { randomSite, rng } from '../fixtures/decoys.mjs';
import { SETTING_HOOKS, SETTING_IDS, SWITCHES, UNKNOWN_AI } from '../../src/services/linkedin/replica/pages.mjs';
import { type Ext, expect, test } from './harness';

const LINKEDIN = 'https://www.linkedin.com';
const HOOK: Record<string, string> = SETTING_HOOKS;
const ALL_IDS = SETTING_IDS;
const pathOf = (hook: string) => SWITCHES.find((s) => s.hook === hook)!.path;

/** Send a message to the worker from an extension page, as the options page does. */
async function send(ext: Ext, message: Record<string, unknown>): Promise<unknown> {
  const popup = await ext.openPopup();
  const answer = await popup.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
  await popup.close();
  return answer;
}
const sweep = (ext: Ext, ids: string[]) => send(ext, { type: 'sweep/start', ids });
const choose = (ext: Ext, chosen: string[]) => send(ext, { type: 'state/patch', patch: { prefs: { chosen } } });

async function sweepEnd(ext: Ext, timeout = 120_000): Promise<string> {
  let end: string | null = null;
  await expect.poll(async () => (end = (await ext.state()).sweep?.end ?? null), { timeout }).not.toBeNull();
  return end!;
}
const recordOf = async (ext: Ext, id: string) => (await ext.state()).settings?.[id];

test('a setting already off is not clicked; the rest are switched off', async ({ ext }) => {
  const linkedin = await ext.linkedin({ state: { allowAdsByAge: false } });
  await sweep(ext, ['ads-age', 'ads-gender']);
  expect(await sweepEnd(ext)).toBe('done');
  expect(linkedin.clickedHooks()).toEqual(['allowAdsByGender']);
  expect(await recordOf(ext, 'ads-age')).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 } });
  expect(await recordOf(ext, 'ads-gender')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
});

test('a page opened by hand: a chosen setting is switched off, one not chosen is only read', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  await choose(ext, ['generative-ai', 'research']);
  const page = await ext.context.newPage();
  await page.goto(LINKEDIN + pathOf(HOOK.research!));
  await expect.poll(async () => (await recordOf(ext, 'research'))?.audit?.outcome, { timeout: 30_000 }).toBe('turned-off');
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 20_000 }).toEqual([]);
  await page.goto(LINKEDIN + pathOf(HOOK['ads-age']!));
  await expect.poll(async () => (await recordOf(ext, 'ads-age'))?.audit?.outcome, { timeout: 30_000 }).toBe('left-on');
  expect(linkedin.clickedHooks()).toEqual(['allowAnonymizedDataResearch']);
  expect(linkedin.isOn('allowAdsByAge')).toBe(true);
});

test('LinkedIn in French: the switches are found by their hooks and switched off', async ({ ext }) => {
  const linkedin = await ext.linkedin({ lang: 'fr' });
  await sweep(ext, ['research', 'ads-gender', 'cookies']);
  expect(await sweepEnd(ext)).toBe('done');
  for (const id of ['research', 'ads-gender', 'cookies']) {
    expect(await recordOf(ext, id), id).toMatchObject({ audit: { outcome: 'turned-off' }, known: { state: 'off' } });
    expect(linkedin.isOn(HOOK[id]!), id).toBe(false);
  }
});

test('LinkedIn\'s "confirm it\'s you" checkpoint mid-sweep: the sweep stops and says so; nothing unverified is called off', async ({ ext }) => {
  const linkedin = await ext.linkedin({ checkpointAfter: 1 });
  // Every setting, over three tabs (issue 35): each tab stops at its first checkpoint, so the
  // rows a tab had not reached yet (five per tab at most, one load served) are left unchecked.
  await sweep(ext, ALL_IDS);
  expect(await sweepEnd(ext)).toBe('checkpoint');
  expect((await ext.state()).runs ?? []).toEqual([]);
  for (const id of ALL_IDS) expect((await recordOf(ext, id))?.known?.state ?? null, id).not.toBe('off');
  const options = await ext.openOptions('privacy');
  await expect(options.getByTestId('sweep-line')).toHaveText(
    'The check stopped: LinkedIn asked you to confirm it’s you. Do so on LinkedIn, then run it again.',
  );
  const unreached = [];
  for (const id of ALL_IDS) if ((await recordOf(ext, id)) === undefined) unreached.push(id);
  expect(unreached.length).toBeGreaterThan(0);
  for (const id of unreached) await expect(options.locator(`[data-setting-row="${id}"]`)).toHaveAttribute('data-state', 'unchecked');
  expect(linkedin.log.redirects.length).toBeGreaterThan(0);
});

test('a new AI switch and a new category entry are reported, with their pages, and never clicked', async ({ ext }) => {
  const linkedin = await ext.linkedin({ unknownAi: [pathOf(HOOK.research!)], newEntry: true });
  await sweep(ext, ['research']);
  expect(await sweepEnd(ext)).toBe('done');
  const found = (await ext.state()).found;
  expect(found).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'switch', label: UNKNOWN_AI.en.label, state: 'on', path: pathOf(HOOK.research!) }),
      expect.objectContaining({ kind: 'entry', path: UNKNOWN_AI.path }),
    ]),
  );
  // The category pages were looked at, and only the known switch was clicked.
  expect(linkedin.log.paths).toEqual(expect.arrayContaining(['/mypreferences/d/categories/privacy', '/mypreferences/d/categories/ads']));
  expect(linkedin.clickedHooks()).toEqual(['allowAnonymizedDataResearch']);
  expect(linkedin.isOn(UNKNOWN_AI.hook)).toBe(true);
  // The popup tells it, with a link to its page.
  const popup = await ext.openPopup();
  await expect(popup.getByTestId('found')).toContainText(`LinkedIn shows a switch we do not know yet: “${UNKNOWN_AI.en.label}”, currently on.`);
  await expect(popup.getByTestId('found').locator('a')).toHaveAttribute('href', LINKEDIN + pathOf(HOOK.research!));
  // The options page lists both, and says we never touch them.
  const options = await ext.openOptions('privacy');
  await expect(options.locator('[data-testid="privacy-check"] [data-testid="found"] li')).toHaveCount(2);
});

test('a switch LinkedIn removed: "could not check", the steps by hand, and a report for the maintainers with nothing personal', async ({ ext }) => {
  // The page is full of the member's own data: in a switch's label, its hook, the page's language.
  const mine = {
    id: 'mine',
    label: 'Show Camille Martin (camille.martin@example.org, +33 6 12 34 56 78) to recruiters',
    on: true,
    hook: 'member-ACoAAB123456789',
  };
  const linkedin = await ext.linkedin({ missing: ['allowAdsByAge'], decoys: { [pathOf('allowAdsByAge')]: { before: [mine] } } });
  await send(ext, { type: 'state/patch', patch: { profile: { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' } } });
  await sweep(ext, ['ads-age', 'ads-gender']);
  expect(await sweepEnd(ext)).toBe('done');
  expect(await recordOf(ext, 'ads-age')).toMatchObject({ audit: { outcome: 'not-found' }, page: { path: pathOf('allowAdsByAge') } });
  expect(await recordOf(ext, 'ads-gender')).toMatchObject({ audit: { outcome: 'turned-off' } });
  expect(linkedin.clickedHooks()).toEqual(['allowAdsByGender']);
  const options = await ext.openOptions('privacy');
  const row = options.locator('[data-setting-row="ads-age"]');
  await expect(row).toHaveAttribute('data-state', 'problem');
  await row.locator('[data-testid="maintainer-report"] summary').click();
  const report = (await row.locator('[data-testid="maintainer-report"] pre').textContent()) ?? '';
  expect(report).toContain(`Page: ${pathOf('allowAdsByAge')}`);
  expect(report).toMatch(/Extension \d+\.\d+\.\d+, UI language en/);
  // The member's switch by its structure: how it is named, its length, that it reads like none of our labels.
  expect(report).toContain(`- input, named by aria-labelledby, no hook we know, ${mine.label.length} characters, reads like none of our labels`);
  for (const personal of ['Camille', 'Martin', 'camille', 'example.org', '+33', '12 34', 'ACoAAB', '123456789', 'recruiters'])
    expect(report).not.toContain(personal);
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await row.locator('[data-action="copy-report"]').click();
  await expect(row.getByRole('status')).toBeVisible();
  expect(await options.evaluate(() => navigator.clipboard.readText())).toBe(report);
});

test('the worker stopped while the tab was on its way to the next page: the sweep resumes, no click repeated or lost', async ({ ext }) => {
  test.setTimeout(120_000);
  const linkedin = await ext.linkedin();
  // A sweep whose worker stopped between two pages: the first setting done, the tab sent on but never arrived.
  const feed = await ext.context.newPage();
  await feed.goto(`${LINKEDIN}/feed/`);
  const popup = await ext.openPopup();
  const tabId = await popup.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ url: 'https://www.linkedin.com/feed/*' }))[0].id);
  const cdp = await ext.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const now = Date.now();
  await popup.evaluate(
    ({ tabId, now }) =>
      (globalThis as any).chrome.storage.local.set({
        schemaVersion: 5,
        run: {
          kind: 'sweep',
          tabId,
          startedAt: now - 20_000,
          touchedAt: now - 10_000,
          step: 'searching',
          source: 'popup',
          rows: [
            { id: 'research', phase: 'act', clicks: 0, toast: false, mode: 'optout' },
            { id: 'ads-age', phase: 'act', clicks: 0, toast: false, mode: 'optout' },
          ],
          visits: [],
          total: 3,
          target: { row: 'research' },
          sent: true,
          resends: 0,
        },
        sweep: { ids: ['generative-ai', 'research', 'ads-age'], startedAt: now - 20_000, endedAt: null, end: null },
      }),
    { tabId, now },
  );
  // The storage change wakes the worker; it sends the tab on, and the sweep finishes.
  expect(await sweepEnd(ext)).toBe('done');
  expect(linkedin.clickedHooks()).toEqual(['allowAnonymizedDataResearch', 'allowAdsByAge']);
  expect(await recordOf(ext, 'research')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  expect(await recordOf(ext, 'ads-age')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
});

test('random LinkedIn sites (seeded): every known switch that is on is switched off, nothing else is ever clicked', async ({ ext }) => {
  test.setTimeout(240_000);
  const random = rng(20261130);
  for (let i = 0; i < 2; i++) {
    const { options, mustClick } = randomSite(random);
    const linkedin = await ext.linkedin(options);
    await send(ext, { type: 'state/patch', patch: { prefs: { mode: 'optout' } } });
    await sweep(ext, ALL_IDS);
    expect(await sweepEnd(ext), `site ${i}`).toBe('done');
    expect([...new Set(linkedin.clickedHooks())].sort(), `site ${i}: ${JSON.stringify(options)}`).toEqual([...mustClick].sort());
    for (const hook of mustClick) expect(linkedin.isOn(hook), `site ${i} ${hook}`).toBe(false);
    await (await ext.openPopup()).evaluate(() => (globalThis as any).chrome.storage.local.remove(['sweep', 'settings']));
  }
});

test('the options page: each choice changes only itself, so the privacy check’s choice, the mode, the interval and muting survive one another', async ({
  ext,
}) => {
  const options = await ext.openOptions();
  const prefs = async () => (await ext.state()).prefs;
  await options.locator('[data-testid="reminders"] select').selectOption('weekly');
  await expect.poll(async () => (await prefs())?.recheck).toBe('weekly');
  await choose(ext, ['research']);
  await expect.poll(async () => (await prefs())?.chosen).toEqual(['research']);
  await options.locator('input[data-setting="audit-only"]').check();
  await expect.poll(async () => (await prefs())?.mode).toBe('audit');
  await options.locator('[data-testid="reminders"] input[type="checkbox"]').check();
  await expect.poll(async () => (await prefs())?.muted).toBe(true);
  expect(await prefs()).toEqual({ mode: 'audit', muted: true, snoozeUntil: null, recheck: 'weekly', chosen: ['research'] });
});
