// The dashboard, first on the options page, in every browser the extension ships for: at
// 1280×800 its first screen names every service the product knows with its state; at 600 px
// nothing scrolls sideways; a search and a group narrow the list; a tile opens its detail by
// keyboard; "Check everything I added" checks LinkedIn against its replica, the tile showing
// "checking" then its result; a failed check says "needs you" and why; and the popup's one
// line, "N of M services protected". The services expected are counted from the registry's
// own lists, never from the dashboard's code (ui/tile-state.ts) nor a list typed here.
import { MANUAL_SERVICES, SERVICES } from '../../../src/services';
import { NO_CONTROL } from '../../../src/services/no-control';
import { xServer } from '../../../src/services/x/replica.mjs';
import { serveReplica, type View } from '../../support/harness-types';
import { en, expect, expectText, test } from './fixture';

const KNOWN = [...SERVICES, ...MANUAL_SERVICES, ...NO_CONTROL];
const X = 'https://x.com';

/** Each tile as shown: its name, its state's words and kind, and whether it lies whole inside the viewport. */
const tiles = (view: View) =>
  view.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-tile]')].map((tile) => {
      const box = tile.getBoundingClientRect();
      return {
        name: tile.querySelector('.tile-name')?.textContent ?? '',
        state: tile.getAttribute('data-tile-state'),
        words: tile.querySelector('[data-testid="tile-state"]')?.textContent ?? '',
        inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      };
    }),
  );
const names = async (view: View) => (await tiles(view)).map((t) => t.name);
const sideways = (view: View) => view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const tileOf = (view: View, id: string) =>
  view.evaluate((id) => {
    const tile = document.querySelector(`[data-tile="${id}"]`);
    return { state: tile?.getAttribute('data-tile-state') ?? null, words: tile?.querySelector('[data-testid="tile-state"]')?.textContent ?? null };
  }, id);

test('at 1280×800 the first screen names every known service with its state; at 600 px nothing scrolls sideways', async ({ ext }) => {
  const options = await ext.openOptions();
  await options.resize(1280, 800);
  await expect.poll(async () => (await tiles(options)).length).toBe(KNOWN.length);
  await options.evaluate(() => scrollTo(0, 0));
  const shown = await tiles(options);
  expect(shown.map((t) => t.name)).toEqual(KNOWN.map((s) => s.name));
  // Every tile whole on the first screen, without scrolling.
  expect(shown.filter((t) => !t.inView).map((t) => t.name)).toEqual([]);
  // Each with its state in words, as a fresh install has it: LinkedIn's not checked yet, every other service not added,
  // the manual ones by hand, those with no switch nothing to switch off.
  const expected = (name: string) =>
    name === 'LinkedIn'
      ? en('tileUnchecked')
      : MANUAL_SERVICES.some((s) => s.name === name)
        ? en('tileByHand')
        : NO_CONTROL.some((s) => s.name === name)
          ? en('tileNothing')
          : en('serviceNotAdded');
  expect(shown.map((t) => [t.name, t.words])).toEqual(KNOWN.map((s) => [s.name, expected(s.name)]));
  expect(await sideways(options)).toBeLessThanOrEqual(0);

  await options.resize(600, 800);
  await expect.poll(() => sideways(options)).toBeLessThanOrEqual(0);
  expect(await names(options)).toEqual(KNOWN.map((s) => s.name));
});

test('a search and a group narrow the list, the count says so; a tile opens its detail by keyboard', async ({ ext }) => {
  const options = await ext.openOptions();
  await expect.poll(async () => (await tiles(options)).length).toBe(KNOWN.length);
  await expectText(options, '[data-testid="dashboard-count"]', en('dashboardShown', String(KNOWN.length), String(KNOWN.length)));

  await options.fill('[data-testid="dashboard-search"]', 'OVERFLOW');
  await expect.poll(() => names(options)).toEqual(['Stack Overflow']);
  await expectText(options, '[data-testid="dashboard-count"]', en('dashboardShown', '1', String(KNOWN.length)));
  await options.fill('[data-testid="dashboard-search"]', 'nothing by that name');
  await expect.poll(() => names(options)).toEqual([]);
  await expectText(options, '[data-testid="dashboard-count"]', en('dashboardNone'));
  // Emptied as a person might leave it, a space: a search of nothing shows everything (Firefox's harness types, and typing nothing fires no input).
  await options.fill('[data-testid="dashboard-search"]', ' ');

  // A group: the services whose data says they are creative tools, and only those.
  await options.click('button[data-group="creative"]');
  const creative = KNOWN.filter((s) => s.category === 'creative').map((s) => s.name);
  expect(creative.length).toBeGreaterThan(0);
  await expect.poll(() => names(options)).toEqual(creative);
  expect(await options.evaluate(() => document.querySelector('button[data-group="creative"]')?.getAttribute('aria-pressed'))).toBe('true');
  await options.click('button[data-group="all"]');
  await expect.poll(async () => (await names(options)).length).toBe(KNOWN.length);

  // By keyboard: X's name on its tile, Enter; its card is the focus and in view, and Tab goes on inside it.
  await options.evaluate(() => document.querySelector<HTMLElement>('[data-tile="x"] .tile-name')?.focus());
  await options.press('Enter');
  await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('service-x');
  expect(await options.evaluate(() => location.hash)).toBe('#service-x');
  const card = await options.evaluate(() => {
    const box = document.querySelector('[data-service="x"]')!.getBoundingClientRect();
    // Scrolled to: the card on screen (its top edge at the very top may round to a fraction above 0).
    return scrollY > 0 && box.top > -2 && box.top < innerHeight;
  });
  expect(card).toBe(true);
  await options.press('Tab');
  expect(await options.evaluate(() => document.activeElement?.closest('[data-service]')?.getAttribute('data-service'))).toBe('x');
});

test('"Check everything I added": LinkedIn\'s tile shows checking, then verified against the replica; the popup counts it', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const popup = await ext.openPopup();
  // Nothing added but LinkedIn, nothing verified yet.
  await expectText(popup, '[data-testid="protected-line"]', en('popupProtected_one', '0', '1'));
  const options = await ext.openOptions();
  await expect.poll(() => tileOf(options, 'linkedin')).toEqual({ state: 'unchecked', words: en('tileUnchecked') });
  // Every state the tile goes through, as it shows it.
  await options.evaluate(() => {
    const seen: string[] = [];
    (globalThis as any).seen = seen;
    new MutationObserver(() => {
      const tile = document.querySelector('[data-tile="linkedin"]');
      const now = `${tile?.getAttribute('data-tile-state')}: ${tile?.querySelector('[data-testid="tile-state"]')?.textContent}`;
      if (seen.at(-1) !== now) seen.push(now);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await options.click('button[data-action="check-all"]');
  await expect.poll(async () => (await tileOf(options, 'linkedin')).state, { timeout: 60_000 }).toBe('protected');
  expect((await tileOf(options, 'linkedin')).words).toMatch(new RegExp(`^${en('tileProtected', '')}`));
  const seen = await options.evaluate(() => (globalThis as any).seen as string[]);
  expect(seen).toContain(`checking: ${en('tileChecking')}`);
  expect(seen.indexOf(`checking: ${en('tileChecking')}`)).toBeLessThan(seen.findIndex((s) => s.startsWith('protected')));
  // Switched off on the replica, verified by a fresh load.
  expect(linkedin.isOn()).toBe(false);
  await expectText(popup, '[data-testid="protected-line"]', en('popupProtected_one', '1', '1'));
});

test('a service whose last check failed: needs you, and why, with the way to its steps; the popup counts it added, not protected', async ({ ext }) => {
  const x = await serveReplica(ext, xServer());
  await ext.grantHost(X);
  const now = Date.now();
  const problem = { audit: { outcome: 'not-found', at: now, source: 'page', clicks: 0, detail: 'timeout' }, known: null, page: null };
  const off = { audit: { outcome: 'turned-off', at: now, source: 'page', clicks: 1 }, known: { state: 'off', at: now }, page: null };
  const rows = ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'];
  const seed = (settings: Record<string, unknown>) =>
    ext.extEval(
      async (data) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set(data);
      },
      { schemaVersion: 6, settings, checks: { x: { ids: rows, startedAt: now - 1_000, endedAt: now, end: 'done' } } },
    );
  await seed({ ...Object.fromEntries(rows.map((id) => [id, off])), 'x-location': problem });
  const options = await ext.openOptions();
  await expect.poll(() => tileOf(options, 'x')).toEqual({ state: 'needs-you', words: en('tileNeedsProblem', en('problemNotFoundTitle')) });
  // Its action leads to the card, where the row says the same and gives the steps by hand.
  await options.click('[data-tile="x"] a[data-tile-action="detail"]');
  await expect.poll(() => options.evaluate(() => location.hash)).toBe('#service-x');
  await expectText(options, '[data-setting-row="x-location"] .row-help', en('serviceManualStep', 'X'), 'contains');
  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="protected-line"]', en('popupProtected_other', '0', '2'));

  // Every row verified off: protected, and counted so.
  await seed(Object.fromEntries(rows.map((id) => [id, off])));
  await expect.poll(async () => (await tileOf(options, 'x')).state).toBe('protected');
  await expectText(popup, '[data-testid="protected-line"]', en('popupProtected_other', '1', '2'));
  expect(x.log.clicks).toEqual([]);
  // The line opens the dashboard.
  await popup.click('[data-testid="protected-line"]');
  const opened = await ext.tab(`${options.url().split('#')[0]}#dashboard`);
  await expect.poll(() => opened.visible('[data-testid="dashboard"]')).toBe(true);
});

test('words per kind: Meta, whose objection is a form, is never told to "switch the setting off"', async ({ ext }) => {
  await ext.grantHost('https://www.facebook.com');
  await ext.grantHost('https://help.instagram.com');
  const options = await ext.openOptions();
  // What follows the date in each sentence (the date itself is the service's and the calendar's).
  const after = (key: string) => en(key, '\u0000').split('\u0000')[1]!;
  const since = '[data-service="meta"] [data-testid="service-since"]';
  await expectText(options, since, after('deadlineAfterForm'), 'contains');
  expect(await options.text(since)).not.toContain(after('deadlineAfter'));
  await expect.poll(() => tileOf(options, 'meta')).toEqual({ state: 'needs-you', words: en('tileNeedsForm') });
});
