// Every popup state: axe-core finds no violation (light, then dark on the same page), and it fits the 600 px a
// browser gives a popup (English and German, the longest). The options page: no violation
// either. With SCREENSHOTS=1 (`npm run screenshots`) the README's pictures in
// docs/screenshots are regenerated from the same states; `npm test` never rewrites tracked
// files. Plus: usable by keyboard, with visible focus.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { RECOMMENDED_IDS } from '../../src/services/linkedin/replica/pages.mjs';
import { dashboardOfMany } from './dashboard-state';
import { launchChromium } from '../support/chromium';
import { test as harnessTest, expect, firstWriteDone, makeExt, type Ext } from './harness';

const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const now = Date.now();
const minutes = (n: number) => now - n * 60_000;
const audit = (outcome: string, extra: Record<string, unknown> = {}) => ({ outcome, at: minutes(2), source: 'popup', clicks: 0, ...extra });
/** Storage holding the generative-AI setting's record. */
const record = (audit: Record<string, unknown> | null, known: Record<string, unknown> | null = null) => ({ settings: { 'generative-ai': { audit, known } } });
const PRIVACY_CHOSEN = RECOMMENDED_IDS;
const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: null, caseNumber: null };

/** Each state a user can meet, as the storage that produces it. */
const STATES: Record<string, Record<string, unknown>> = {
  'not-checked': {},
  running: {
    run: {
      kind: 'one',
      tabId: 1,
      startedAt: now,
      touchedAt: now,
      step: 'confirming',
      source: 'popup',
      rows: [{ id: 'generative-ai', phase: 'verify', clicks: 1, toast: false, mode: 'optout' }],
      visits: [],
      total: 1,
      target: { row: 'generative-ai' },
      sent: false,
      resends: 0,
    },
  },
  'off-verified': record(audit('turned-off', { clicks: 1 }), { state: 'off', at: minutes(3) }),
  'on-audit-only': {
    ...record(audit('left-on'), { state: 'on', at: minutes(2) }),
    prefs: { mode: 'audit', muted: false, snoozeUntil: null, recheck: 'monthly' },
  },
  'not-found': record(audit('not-found', { detail: 'timeout' })),
  // LinkedIn shows an AI switch we do not know: told in the popup, with its page.
  'new-ai-switch': {
    found: [
      { kind: 'switch', label: 'Use my data to improve AI-powered features', state: 'on', path: '/mypreferences/d/settings/data-for-ai-features', at: now },
    ],
  },
  // A privacy check done: most switched off, one already off, one LinkedIn removed, one new switch found.
  'privacy-check': {
    prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: PRIVACY_CHOSEN },
    settings: Object.fromEntries(
      PRIVACY_CHOSEN.map((id) => [
        id,
        id === 'ads-location'
          ? {
              audit: audit('not-found', { detail: 'timeout' }),
              known: null,
              page: {
                path: '/mypreferences/d/settings/ads-inferred-location',
                lang: 'en',
                switches: [{ kind: 'input', ties: ['aria-labelledby'], hook: '', length: 21, like: 'Use your city for ads' }],
              },
            }
          : {
              audit: audit(id === 'ads-gender' ? 'already-off' : 'turned-off', { clicks: id === 'ads-gender' ? 0 : 1 }),
              known: { state: 'off', at: minutes(2) },
            },
      ]),
    ),
    sweep: { ids: PRIVACY_CHOSEN, startedAt: minutes(3), endedAt: minutes(2), end: 'done' },
    found: [
      {
        kind: 'switch',
        label: 'Use my data to improve AI-powered features',
        state: 'on',
        path: '/mypreferences/d/settings/policy-and-academic-research',
        at: now,
      },
    ],
  },
  ambiguous: record(audit('ambiguous', { detail: 'candidates:2' })),
  'save-rejected': record(audit('save-rejected', { clicks: 3, detail: 'reverted' }), { state: 'on', at: minutes(2) }),
  'signed-out': record(audit('signed-out')),
  interrupted: record(audit('interrupted', { detail: 'tab-closed' })),
  'objection-partly-prefilled': {
    ...record(audit('turned-off', { clicks: 1 }), { state: 'off', at: minutes(3) }),
    objections: {
      'linkedin-dpro': {
        ...objection,
        run: { tabId: 1, startedAt: minutes(1), prefilled: true, formSeen: true },
        report: {
          option: 'missing',
          control: null,
          confirmation: 'done',
          firstName: 'done',
          lastName: 'done',
          email: 'no-value',
          captcha: 'present',
          submit: 'highlighted',
        },
        reportedAt: minutes(1),
        formFound: true,
      },
    },
  },
  'objection-submitted': {
    ...record(audit('already-off'), { state: 'off', at: minutes(3) }),
    objections: { 'linkedin-dpro': { ...objection, submittedAt: minutes(1), caseNumber: '250123-004567' } },
    walkthrough: { cleanupDone: false },
  },
  'storage-notice': { notice: { kind: 'storage-reset', keys: ['prefs'], at: now } },
};

/**
 * axe-core in the page itself: the default mode opens an extra blank page for every
 * analysis (to merge the results of cross-origin frames; our pages have no frame), which
 * took about three times as long as the analysis.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).analyze();
/**
 * Dark mode changes colours only (popup.css: custom properties under prefers-color-scheme),
 * never the markup, so in dark mode only the colour rules can find anything new: checking
 * just those halves the time the states take (axe's structural rules are most of it).
 */
const axeColours = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).withRules(['color-contrast', 'link-in-text-block']).analyze();
const axeIn = (page: Page, scheme: 'light' | 'dark') => (scheme === 'light' ? axe(page) : axeColours(page));

/**
 * The accessibility checks show stored states: each test writes its state once the
 * freshly installed extension's worker has written its own first storage (at its start),
 * so the worker's write cannot land after the test's.
 */
const test = harnessTest.extend<{ ext: Ext }>({
  ext: async ({ ext }, use) => {
    await firstWriteDone(ext);
    await use(ext);
  },
});

async function popupIn(ext: Ext, state: Record<string, unknown>, scheme: 'light' | 'dark') {
  const popup = await ext.openPopup();
  await popup.evaluate((s) => (globalThis as any).chrome.storage.local.set(s), state);
  await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.reload();
  await expect(popup.getByTestId('status')).toBeVisible();
  // The lines for the options page's sections come just after the first state: checked too.
  await expect(popup.locator('[data-open="options"]')).toBeVisible();
  return popup;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * axe on a page as it is shown now, every collapsed part opened (so hidden content is checked
 * too), light then dark: the colour scheme applies live (popup.css, options.css), so the same
 * page serves both. `name` labels the violations.
 */
async function withoutViolation(page: Page, name: string) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const light = await background(page);
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(page), 'the dark colours apply').not.toBe(light);
    }
    const results = await axeIn(page, scheme);
    expect(results.violations.map((v) => `${name} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const [name, state] of Object.entries(STATES)) {
  test(`popup "${name}": no accessibility violation, light and dark`, async ({ ext }) => {
    const popup = await popupIn(ext, state, 'light');
    await withoutViolation(popup, name);
    if (SCREENSHOTS) {
      await popup.reload();
      mkdirSync('docs/screenshots', { recursive: true });
      await popup.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
    }
  });
}

/** The height a browser caps a popup at, near enough (Chrome: 600 px; Firefox about the same). */
const POPUP_MAX_HEIGHT = 600;

// English, and the two languages whose popup runs tallest (measured in all seven: German, Italian).
for (const [lang, locale] of [
  ['en', 'en-US'],
  ['de', 'de-DE'],
  ['it', 'it-IT'],
] as const) {
  test(`every popup state fits in ${POPUP_MAX_HEIGHT} px at 360 px wide (${lang})`, async () => {
    const ext = await makeExt({ locale, env: { LANGUAGE: lang, LANG: `${locale.replace('-', '_')}.UTF-8` } });
    const heading = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')).step1Title.message;
    try {
      const popup = await ext.openPopup();
      await popup.setViewportSize({ width: 360, height: POPUP_MAX_HEIGHT });
      const sizes: Record<string, number> = {};
      for (const [name, state] of Object.entries(STATES)) {
        await popup.evaluate(async (s) => {
          await (globalThis as any).chrome.storage.local.clear();
          await (globalThis as any).chrome.storage.local.set(s);
        }, state);
        await popup.reload();
        await expect(popup.getByTestId('status')).toBeVisible();
        await expect(popup.locator('[data-open="options"]')).toBeVisible(); // measured with the lines loaded after the first state
        await expect(popup.locator('[data-step="1"] .step-title')).toContainText(heading); // in the language asked for
        const { height, width, content } = await popup.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          width: document.documentElement.scrollWidth,
          content: document.querySelector('main')!.offsetHeight,
        }));
        sizes[name] = content; // for the log: how much room is left
        expect.soft(height, `"${name}" is ${height} px tall`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
        expect.soft(width, `"${name}" is ${width} px wide`).toBeLessThanOrEqual(360);
      }
      console.log(`popup content heights, px (${lang}):`, JSON.stringify(sizes));
    } finally {
      await ext.context.close();
    }
  });
}

/** The options page reloaded in light mode, once `ready` shows, then checked by axe (withoutViolation). */
async function optionsWithoutViolation(page: Page, name: string, ready = '[data-view="options"]') {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.reload();
  await expect(page.locator(ready)).toBeVisible();
  await withoutViolation(page, name);
  if (SCREENSHOTS && name === 'privacy-check') {
    await page.reload(); // as a user first sees it: collapsed parts closed
    await expect(page.locator(ready)).toBeVisible();
    await page.setViewportSize({ width: 720, height: 900 });
    await page.locator('#privacy').screenshot({ path: 'docs/screenshots/privacy-check.png' });
  }
}

for (const name of ['not-checked', 'privacy-check', 'objection-partly-prefilled', 'objection-submitted', 'storage-notice'] as const) {
  test(`the options page "${name}": no accessibility violation, light and dark`, async ({ ext }) => {
    const page = await ext.openOptions();
    await page.evaluate((s) => (globalThis as any).chrome.storage.local.set(s), STATES[name]!);
    await optionsWithoutViolation(page, name);
  });
}

test('the options page with Meta added (its details and its two forms): no accessibility violation, light and dark', async ({ ext }) => {
  // The page holds the dashboard's thirty tiles above Meta's card too: axe's two passes take longer than the default minute on a loaded machine.
  test.setTimeout(120_000);
  // Added as the user adds it: both of Meta's hosts granted (nothing is checked: Meta has forms, not switches).
  const neutral = await launchChromium(ext);
  await neutral.grantHost('https://www.facebook.com');
  await neutral.grantHost('https://help.instagram.com');
  const page = await ext.openOptions('services');
  await optionsWithoutViolation(page, 'meta-added', '[data-service="meta"] [data-detail="email"]');
});

test('the dashboard with most services added (protected, needing the user, retired, not checked): no accessibility violation, light and dark', async ({
  ext,
}) => {
  // Fifteen services' hosts granted one by one, as chrome://extensions grants them, then axe twice over thirty tiles.
  test.setTimeout(240_000);
  const page = await ext.openOptions();
  const added = await dashboardOfMany(await launchChromium(ext));
  expect(added).toBeGreaterThanOrEqual(12);
  await page.setViewportSize({ width: 1280, height: 800 });
  await optionsWithoutViolation(page, 'dashboard', '[data-tile="x"][data-tile-state="needs-you"]');
  if (SCREENSHOTS) {
    await page.reload();
    await expect(page.locator('[data-tile="x"][data-tile-state="needs-you"]')).toBeVisible();
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
  }
});

test('the popup is usable by keyboard alone, with a visible focus ring', async ({ ext }) => {
  const popup = await popupIn(ext, {}, 'light');
  // The primary button is among the first stops (after the link to LinkedIn's announcement).
  let presses = 0;
  while ((await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'audit' && presses < 4) {
    await popup.keyboard.press('Tab');
    presses++;
  }
  const first = popup.locator(':focus');
  await expect(first).toHaveAttribute('data-action', 'audit');
  const ring = await first.evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`);
  expect(ring).toMatch(/^solid [1-9]/);
  // Every control can be reached with Tab.
  const reached = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await popup.keyboard.press('Tab');
    reached.add(
      await popup.evaluate(
        () =>
          document.activeElement?.getAttribute('data-open') ||
          document.activeElement?.getAttribute('data-action') ||
          document.activeElement?.textContent?.trim().slice(0, 30) ||
          '',
      ),
    );
  }
  expect([...reached]).toEqual(expect.arrayContaining(['Do it by hand', 'objection', 'cleanup', 'privacy', 'sweep', 'options']));
  // Enter on the step 2 line opens the options page at the objection; its controls are reachable too.
  await popup.locator('[data-open="objection"]').focus();
  const [options] = await Promise.all([ext.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await expect(options).toHaveURL(/\/src\/options\/index\.html#objection$/);
  await expect(options.getByRole('button', { name: 'Prefill the objection form' })).toBeVisible();
  // The dashboard comes first (a search, the groups, a tile per service): the settings below it take more stops.
  // Each stop is noted by the page as focus arrives (one round trip per press, not two: 240 presses
  // with a read after each ran past the test's time on a loaded machine).
  await options.evaluate(() => {
    const stops: string[] = [];
    (window as unknown as { __stops: string[] }).__stops = stops;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      stops.push(el.dataset.setting || el.dataset.action || '');
    });
  });
  for (let i = 0; i < 240; i++) await options.keyboard.press('Tab');
  const stops = await options.evaluate(() => (window as unknown as { __stops: string[] }).__stops);
  expect(stops).toEqual(expect.arrayContaining(['audit-only', 'prefill', 'export-json']));
  const focused = options.locator('[data-action="prefill"]');
  await focused.focus();
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

test('reduced motion: no transition is left when the user asks for less motion', async ({ ext }) => {
  const popup = await popupIn(ext, {}, 'light');
  const duration = await popup.locator('button[data-action="audit"]').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
  await popup.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await popup.locator('button[data-action="audit"]').evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
});
