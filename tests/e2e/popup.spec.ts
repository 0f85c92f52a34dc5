// The popup's failure states, tab reuse and languages (its one-click flow and audit-only
// mode, in every browser, are in tests/e2e/both/optout.spec.ts).
import { settingsPage, signInPage, TARGET_PATH } from '../fixtures/replica.mjs';
import { expect, makeExt, test, TARGET_URL } from './harness';
import type { Page } from '@playwright/test';

async function linkedInTab(ext: { context: import('@playwright/test').BrowserContext }): Promise<Page> {
  await expect.poll(() => ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/')) ?? null).not.toBeNull();
  return ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/'))!;
}

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
  const [login] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Open LinkedIn to sign in' }).click(),
  ]);
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
  for (const [lang, locale] of [['de', 'de-DE'], ['es', 'es-ES'], ['it', 'it-IT'], ['nl', 'nl-NL'], ['pt', 'pt-PT']] as const) {
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
