// The popup's one-click flow end to end, its failure states and its settings.
import { settingsPage, signInPage, TARGET_PATH } from '../fixtures/replica.mjs';
import { expect, makeExt, replicaLog, switchStates, test, TARGET_URL } from './harness';
import type { Page } from '@playwright/test';

async function linkedInTab(ext: { context: import('@playwright/test').BrowserContext }): Promise<Page> {
  await expect.poll(() => ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/')) ?? null).not.toBeNull();
  return ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/'))!;
}

test('one click: Audit & opt out opens the page in the background, shows progress, ends verified off', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ renderDelayMs: 1_500 }) });
  const popup = await ext.openPopup();
  await expect(popup.getByTestId('status')).toHaveText('AI training: not checked yet');
  await popup.getByRole('button', { name: 'Audit & opt out' }).click();
  // Progress while the page loads and the switch is flipped and confirmed.
  await expect(popup.getByTestId('progress')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Checking…' })).toBeDisabled();
  await expect(popup.locator('[aria-current="step"]')).toHaveText('Checking that LinkedIn kept the change', { timeout: 15_000 });
  expect(await ext.badge()).toBe('…');
  // The outcome.
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
  await expect(popup.getByTestId('status-sub')).toHaveText('verified just now');
  expect(await ext.badge()).toBe('✓');
  const tab = await linkedInTab(ext);
  expect(tab.url()).toBe(TARGET_URL);
  expect(await switchStates(tab)).toEqual({ target: false });
  expect(await ext.state()).toMatchObject({ audit: { outcome: 'turned-off', source: 'popup' }, run: null });
});

test('a second press reuses the open settings tab instead of opening another', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: () => settingsPage({ on: false }) });
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Audit & opt out' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
  const firstAt = (await ext.state()).audit.at;
  await popup.getByRole('button', { name: 'Check again' }).click();
  await expect.poll(async () => (await ext.state()).audit.at, { timeout: 20_000 }).toBeGreaterThan(firstAt);
  const linkedInTabs = ext.context.pages().filter((p) => p.url().startsWith('https://www.linkedin.com/'));
  expect(linkedInTabs).toHaveLength(1);
  expect((await ext.state()).audit).toMatchObject({ outcome: 'already-off', clicks: 0 });
});

test('signed out: LinkedIn redirects to sign-in; the popup says so and offers to sign in', async ({ ext }) => {
  await ext.serve({
    [TARGET_PATH]: { status: 302, headers: { location: `https://www.linkedin.com/uas/login?session_redirect=${encodeURIComponent(TARGET_URL)}` } },
    '/uas/login': signInPage(),
  });
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Audit & opt out' }).click();
  await expect(popup.getByRole('alert')).toContainText('You’re signed out of LinkedIn', { timeout: 20_000 });
  expect(await ext.state()).toMatchObject({ audit: { outcome: 'signed-out' }, run: null });
  expect(await ext.badge()).toBe('!');
  await expect(popup.getByRole('button', { name: 'Try again' })).toBeVisible();
  const [login] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open LinkedIn to sign in' }).click()]);
  await expect(login).toHaveURL(/linkedin\.com\/login/);
});

test('closing the LinkedIn tab mid-audit ends the run with a clear message', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ renderDelayMs: 8_000 }) });
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Audit & opt out' }).click();
  const tab = await linkedInTab(ext);
  await expect(popup.getByTestId('progress')).toBeVisible();
  await tab.close();
  await expect(popup.getByRole('alert')).toContainText('The LinkedIn tab was closed before the check finished.');
  expect((await ext.state()).audit).toMatchObject({ outcome: 'interrupted', detail: 'tab-closed' });
});

test('audit-only mode reports "on" without touching it; "Switch it off now" then opts out', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage() });
  const popup = await ext.openPopup();
  await popup.getByLabel('Audit only: report, never change').check();
  await expect.poll(async () => (await ext.state()).prefs).toMatchObject({ mode: 'audit' });
  await popup.getByRole('button', { name: 'Check the setting' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: on', { timeout: 20_000 });
  expect(await ext.badge()).toBe('ON');
  const tab = await linkedInTab(ext);
  expect((await replicaLog(tab)).clicks).toEqual([]);
  expect(await switchStates(tab)).toEqual({ target: true });

  await popup.getByRole('button', { name: 'Switch it off now' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
  expect(await switchStates(tab)).toEqual({ target: false });
  expect((await ext.state()).prefs).toMatchObject({ mode: 'audit' }); // the preference stays
});

test('audit-only mode also holds when the user opens the page by hand', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage() });
  const popup = await ext.openPopup();
  await popup.getByLabel('Audit only: report, never change').check();
  await expect.poll(async () => (await ext.state()).prefs).toMatchObject({ mode: 'audit' });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'left-on', clicks: 0 });
  expect((await replicaLog(page)).clicks).toEqual([]);
  await expect(popup.getByTestId('status')).toHaveText('AI training: on');
});

test.describe('in French', () => {
  test('the popup follows the browser language, from first screen to verified off', async () => {
    const ext = await makeExt({ locale: 'fr-FR', env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } });
    try {
      await ext.serve({ [TARGET_PATH]: settingsPage({ lang: 'fr' }) });
      const popup = await ext.openPopup();
      await expect(popup.getByTestId('status')).toHaveText('Entraînement de l’IA : pas encore vérifié');
      await popup.getByRole('button', { name: 'Vérifier et désactiver' }).click();
      await expect(popup.getByTestId('status')).toHaveText('Entraînement de l’IA : désactivé', { timeout: 20_000 });
      await expect(popup.getByTestId('status-sub')).toHaveText('vérifié à l’instant');
      await expect(popup.getByText('Le faire à la main')).toBeVisible();
    } finally {
      await ext.context.close();
    }
  });
});

test.describe('in the other UI languages', () => {
  for (const [lang, locale] of [
    ['de', 'de-DE'],
    ['es', 'es-ES'],
    ['it', 'it-IT'],
    ['nl', 'nl-NL'],
    ['pt', 'pt-PT'],
  ] as const) {
    test(`the popup speaks ${lang}`, async () => {
      const { readFileSync } = await import('node:fs');
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
      const ext = await makeExt({ locale, env: { LANGUAGE: lang, LANG: `${locale.replace('-', '_')}.UTF-8` } });
      try {
        const popup = await ext.openPopup();
        await expect(popup.getByTestId('status')).toHaveText(messages.statusUnchecked.message);
        await expect(popup.locator('button[data-action="audit"]')).toHaveText(messages.buttonOptOut.message);
      } finally {
        await ext.context.close();
      }
    });
  }
});
