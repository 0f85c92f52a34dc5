// `npm run store` (STORE=1): the store listing's pictures, from the built extension in the
// same harness as the README's pictures (tests/e2e/a11y.spec.ts): each state is the storage
// that produces it, written into a freshly installed extension. Written under
// store-listing/screenshots/ at the stores' exact sizes (1280×800, and the 440×280
// promotional tile, drawn here from the extension's own icon and name: no other service's
// logo, no remote image), with the texts to paste into each store's form in
// store-listing/out/ (not committed: they follow the registry). Skipped otherwise: `npm test`
// never rewrites tracked files, and tests/unit/store-listing.test.ts checks the images kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { settingsOf } from '../../src/services/index';
import { IMAGES, LANGS, listing, render, STORES, TEXTS } from '../../store-listing/kit';
import type { ShotId } from '../../store-listing/texts/types';
import { launchChromium } from '../support/chromium';
import { dashboardOfMany } from './dashboard-state';
import { test as harnessTest, expect, firstWriteDone, type Ext } from './harness';

const STORE = process.env.STORE === '1';
const DIR = 'store-listing/screenshots';
const WIDTH = 1280;
const HEIGHT = 800;
const now = Date.now();
const minutes = (n: number) => now - n * 60_000;
/** A setting's record: switched off by a check two minutes ago, read off on the fresh load after. */
const verifiedOff = { audit: { outcome: 'turned-off', at: minutes(2), source: 'popup', clicks: 1 }, known: { state: 'off', at: minutes(2) } };
const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: null, caseNumber: null };

const test = harnessTest.extend<{ ext: Ext }>({
  ext: async ({ ext }, use) => {
    await firstWriteDone(ext);
    await use(ext);
  },
});
test.skip(!STORE, 'writes tracked files: only under npm run store');

const sizeOf = (id: string) => IMAGES.find((image) => image.id === id)!;

/** Light colours, no motion, the stores' size. */
async function prepare(page: Page) {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

/** The options page with this storage, scrolled so that `selector` starts the picture. */
async function optionsAt(ext: Ext, state: Record<string, unknown>, selector: string, section?: string) {
  const page = await ext.openOptions(section);
  await page.evaluate((s) => (globalThis as any).chrome.storage.local.set(s), state);
  await prepare(page);
  await page.reload();
  await expect(page.locator(selector)).toBeVisible();
  await page.locator(selector).evaluate((el) => {
    for (const d of el.querySelectorAll('details')) d.open = true;
    el.scrollIntoView({ block: 'start' });
  });
  return page;
}

/** A part of a page shown whole on a plain backdrop, beside its caption (English), at the stores' size. */
async function framed(ext: Ext, shot: Buffer, id: ShotId) {
  const frame = await ext.context.newPage();
  await prepare(frame);
  await frame.setContent(`<!doctype html><html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;display:flex;align-items:center;justify-content:center;gap:64px;background:#e8f0ef;font:600 34px/1.35 system-ui,sans-serif;color:#1f1f1f">
    <img alt="" src="data:image/png;base64,${shot.toString('base64')}" style="max-height:${HEIGHT - 80}px;max-width:${WIDTH / 2}px;object-fit:contain;box-shadow:0 6px 28px rgba(0,0,0,.18);border-radius:8px;background:#fff">
    <p style="max-width:460px;margin:0">${TEXTS.en.captions[id]}</p></body></html>`);
  await shoot(frame, id);
}

/** A part of a page with a margin of the page around it (a card's legend sits on its border). */
async function partOf(page: Page, selector: string, margin = 8): Promise<Buffer> {
  const box = (await page.locator(selector).boundingBox())!;
  return page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
}

async function shoot(page: Page, id: string) {
  const image = sizeOf(id);
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `store-listing/${image.file}`, clip: { x: 0, y: 0, width: image.width, height: image.height } });
}

test('the popup: LinkedIn switched off, verified', async ({ ext }) => {
  const popup = await ext.openPopup();
  await popup.evaluate((s) => (globalThis as any).chrome.storage.local.set(s), { settings: { 'generative-ai': verifiedOff } });
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.reload();
  await expect(popup.getByTestId('status')).toBeVisible();
  // The popup is 360 px wide: shown on a plain backdrop, beside its caption.
  await framed(ext, await popup.locator('body').screenshot(), 'popup-linkedin-off');
});

test('the dashboard: most services added, each with its state and its one action', async ({ ext }) => {
  // Fifteen services' hosts granted one by one, as chrome://extensions grants them.
  test.setTimeout(240_000);
  await dashboardOfMany(await launchChromium(ext));
  const page = await optionsAt(ext, {}, '#dashboard');
  await expect(page.locator('[data-tile="x"][data-tile-state="needs-you"]')).toBeVisible();
  await shoot(page, 'dashboard');
});

test('the options page: the services to add', async ({ ext }) => {
  const page = await optionsAt(ext, {}, '#services', 'services');
  await shoot(page, 'options-services');
});

test('a service’s card with its rows: X added, its settings switched off and verified', async ({ ext }) => {
  // Added as the user adds it: X's host granted, then its rows' records as a check leaves them.
  const neutral = await launchChromium(ext);
  await neutral.grantHost('https://x.com');
  const ids = settingsOf('x').map((s) => s.id);
  const settings = Object.fromEntries(ids.map((id) => [id, verifiedOff]));
  const checks = { x: { ids, startedAt: minutes(3), endedAt: minutes(2), end: 'done' } };
  const page = await optionsAt(ext, { settings, checks }, '[data-service="x"]', 'services');
  await page.evaluate(() => window.scrollBy(0, -32)); // room for the margin above the card
  await framed(ext, await partOf(page, '[data-service="x"]'), 'service-card');
});

test('the objection step: the form prefilled, steps left for the user', async ({ ext }) => {
  const state = {
    settings: { 'generative-ai': verifiedOff },
    profile: { firstName: 'Alex', lastName: 'Martin', email: 'alex.martin@example.org', country: '', explanation: '' },
    objections: {
      'linkedin-dpro': {
        ...objection,
        run: { tabId: 1, startedAt: minutes(1), prefilled: true, formSeen: true },
        report: {
          option: 'done',
          control: null,
          confirmation: 'done',
          firstName: 'done',
          lastName: 'done',
          email: 'done',
          captcha: 'present',
          submit: 'highlighted',
        },
        reportedAt: minutes(1),
        formFound: true,
      },
    },
  };
  const page = await optionsAt(ext, state, '#objection', 'objection');
  await page.evaluate(() => window.scrollBy(0, -32)); // room for the margin above
  await framed(ext, await partOf(page, '#objection'), 'objection-step');
});

test('the promotional tile (440×280), from the extension’s icon and name', async ({ ext }) => {
  const tile = sizeOf('promo-tile');
  const icon = readFileSync('public/icons/icon-128.png').toString('base64');
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: tile.width, height: tile.height });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:${tile.width}px;height:${tile.height}px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:18px;background:#125e59;color:#fff;font:700 34px/1.2 system-ui,sans-serif;text-align:center">
    <img alt="" width="112" height="112" src="data:image/png;base64,${icon}">
    <div>${listing('chrome', 'en').name}</div></body></html>`);
  await shoot(page, 'promo-tile');
});

test('the texts to paste, per store and language, in store-listing/out/', async () => {
  mkdirSync('store-listing/out', { recursive: true });
  for (const store of STORES) for (const lang of LANGS) writeFileSync(`store-listing/out/${store}-${lang}.md`, render(store, lang));
});
