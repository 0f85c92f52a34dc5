// The popup's failure states, tab reuse, languages, and its links to the options page
// (its one-click flow and audit-only mode, in every browser, are in tests/e2e/both/optout.spec.ts).
import { signInPage, TARGET_PATH } from '../../src/services/linkedin/replica/replica.mjs';
import { expect, makeExt, test, TARGET_URL } from './harness';
import type { Page } from '@playwright/test';

async function linkedInTab(ext: { context: import('@playwright/test').BrowserContext }): Promise<Page> {
  await expect.poll(() => ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/')) ?? null).not.toBeNull();
  return ext.context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/'))!;
}

// Issue 36 revisited this test: it said a second press reused the tab the first press had
// opened. That tab now closes when its check ends (the user is left where they were); a
// settings tab the user opened themselves is the one reused, and it stays open.
test('our settings tab closes after its check; a settings tab the user has open is reused by the next press, and stays', async ({ ext }) => {
  await ext.linkedin({ page: { on: false } });
  const popup = await ext.openPopup();
  const linkedInTabs = () => ext.context.pages().filter((p) => !p.isClosed() && p.url().startsWith('https://www.linkedin.com/'));
  await popup.getByRole('button', { name: 'Check & switch off' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
  await expect.poll(() => linkedInTabs().length, { timeout: 10_000 }).toBe(0);
  // The user opens the settings page themselves (read there, as any page opened by hand).
  await (await ext.context.newPage()).goto(TARGET_URL);
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 20_000 }).toEqual([]);
  const firstAt = (await ext.record()).audit.at;
  await popup.getByRole('button', { name: 'Check again' }).click();
  await expect.poll(async () => (await ext.record()).audit.at, { timeout: 20_000 }).toBeGreaterThan(firstAt);
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 20_000 }).toEqual([]);
  expect(linkedInTabs()).toHaveLength(1);
  expect((await ext.record()).audit).toMatchObject({ outcome: 'already-off', clicks: 0, source: 'popup' });
});

// `npm run bench` times the popup's first state by this mark (bench/run.mjs): the paint that
// showed the first render from storage, as the browser timed it, like the empty page's paint.
test('the popup marks its first state at the paint that showed it, never before its stored state was in the page', async ({ ext }) => {
  const popup = await ext.openPopup();
  // When the status line (read from storage) enters the page, seen from before any of the popup's scripts run.
  await popup.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-testid="status"]')) return;
      (globalThis as any).statusAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.reload();
  await expect(popup.getByTestId('status')).toBeVisible();
  await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('first-state').length)).toBe(1);
  const { mark, painted, statusAt } = await popup.evaluate(() => ({
    mark: performance.getEntriesByName('first-state')[0]!.startTime,
    painted: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    statusAt: (globalThis as any).statusAt as number,
  }));
  expect(mark).toBeGreaterThanOrEqual(statusAt);
  expect(mark).toBe(Math.max(painted, statusAt));
  // Storage was asked for by the early read (public/early-read.js) as the page began, and the first state came from it.
  expect(await popup.evaluate(() => (globalThis as any).__earlyState instanceof Promise)).toBe(true);
});

test('signed out: LinkedIn redirects to sign-in; the popup says so and offers to sign in', async ({ ext }) => {
  await ext.linkedin({
    pages: {
      [TARGET_PATH]: { status: 302, headers: { location: `https://www.linkedin.com/uas/login?session_redirect=${encodeURIComponent(TARGET_URL)}` } },
      '/uas/login': signInPage(),
    },
  });
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Check & switch off' }).click();
  await expect(popup.getByRole('alert')).toContainText('You’re signed out of LinkedIn', { timeout: 20_000 });
  expect((await ext.record()).audit).toMatchObject({ outcome: 'signed-out' });
  expect((await ext.state()).runs ?? []).toEqual([]);
  await expect.poll(() => ext.badge()).toBe('!');
  await expect(popup.getByRole('button', { name: 'Try again' })).toBeVisible();
  const [login] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open LinkedIn to sign in' }).click()]);
  await expect(login).toHaveURL(/linkedin\.com\/login/);
});

test('closing the LinkedIn tab mid-audit ends the run with a clear message', async ({ ext }) => {
  await ext.linkedin({ page: { renderDelayMs: 8_000 } });
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Check & switch off' }).click();
  const tab = await linkedInTab(ext);
  await expect(popup.getByTestId('progress')).toBeVisible();
  await tab.close();
  await expect(popup.getByRole('alert')).toContainText('The LinkedIn tab was closed before the check finished.');
  expect((await ext.record()).audit).toMatchObject({ outcome: 'interrupted', detail: 'tab-closed' });
});

test('each line below the switch opens the options page at its section, reusing an open one; "All settings" opens the page', async ({ ext }) => {
  const popup = await ext.openPopup();
  const sections = [
    ['privacy', 'Privacy check'],
    ['objection', 'Formal objection (optional)'],
    ['cleanup', 'Clean up'],
  ] as const;
  // The first opens a tab, scrolled to its section once the page has drawn it.
  const [options] = await Promise.all([ext.context.waitForEvent('page'), popup.locator('[data-open="privacy"]').click()]);
  for (const [section, heading] of sections) {
    if (section !== 'privacy') await popup.locator(`[data-open="${section}"]`).click(); // the same tab, moved
    await expect(options).toHaveURL(new RegExp(`/src/options/index\\.html#${section}$`));
    const target = options.locator(`#${section}`);
    await expect(target.getByRole('heading', { name: heading })).toBeVisible();
    await expect(target).toBeInViewport(); // scrolled to, not just somewhere on the page
  }
  expect(ext.context.pages().filter((p) => p.url().includes('/src/options/'))).toHaveLength(1);
  await options.close();
  const [page] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'All settings' }).click()]);
  await expect(page).toHaveURL(/\/src\/options\/index\.html$/);
  await expect(page.getByLabel('Check only: report, never change')).toBeVisible();
});

test('the lines below the switch follow what is stored: objection under way, submitted, clean-up done', async ({ ext }) => {
  const popup = await ext.openPopup();
  const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: null, caseNumber: null };
  const show = async (state: Record<string, unknown>) => {
    await popup.evaluate(async (s) => {
      await (globalThis as any).chrome.storage.local.clear();
      await (globalThis as any).chrome.storage.local.set({ schemaVersion: 5, ...s });
    }, state);
  };
  const line = (section: string) => popup.locator(`[data-open="${section}"]`);
  await expect(line('objection')).toContainText('Not done yet');
  await expect(line('cleanup')).toContainText('Not done yet');
  await show({ objections: { 'linkedin-dpro': { ...objection, formFound: false } } });
  await expect(line('objection')).toContainText('Form not found: fill it in by hand');
  await show({
    objections: {
      'linkedin-dpro': {
        ...objection,
        run: { tabId: 1, startedAt: Date.now(), prefilled: true },
        formFound: true,
        report: {
          option: 'missing',
          control: null,
          confirmation: 'done',
          firstName: 'done',
          lastName: 'done',
          email: 'no-value',
          captcha: 'absent',
          submit: 'highlighted',
        },
      },
    },
  });
  await expect(line('objection')).toContainText('a few steps are left for you');
  await show({ objections: { 'linkedin-dpro': { ...objection, submittedAt: Date.UTC(2025, 10, 3, 12) } }, walkthrough: { cleanupDone: true } });
  await expect(line('objection')).toContainText('Objection submitted on Nov 3, 2025.');
  await expect(line('objection')).toHaveClass(/done/);
  await expect(line('cleanup')).toContainText('Done');
  await expect(line('cleanup')).toHaveClass(/done/);
  // The details themselves are not in the popup: they are on the options page.
  await expect(popup.getByRole('button', { name: 'Prefill the objection form' })).toHaveCount(0);
  await expect(popup.locator('input[type="checkbox"], select')).toHaveCount(0);
});

test.describe('in French', () => {
  test('the popup follows the browser language, from first screen to verified off', async () => {
    const ext = await makeExt({ locale: 'fr-FR', env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } });
    try {
      await ext.linkedin({ page: { lang: 'fr' } });
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
    ['pt', 'pt-BR'],
  ] as const) {
    test(`the popup speaks ${lang}`, async () => {
      const { readFileSync } = await import('node:fs');
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
      const ext = await makeExt({ locale, env: { LANGUAGE: lang, LANG: `${locale.replace('-', '_')}.UTF-8` } });
      try {
        const popup = await ext.openPopup();
        await expect(popup.getByTestId('status')).toHaveText(messages.statusUnchecked.message);
        await expect(popup.locator('button[data-action="audit"]')).toHaveText(messages.buttonCheckSwitchOff.message);
      } finally {
        await ext.context.close();
      }
    });
  }
});
