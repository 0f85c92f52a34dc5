// Which tab the objection's button reuses (issue 37, finding 12): never (nor reloads) a tab
// whose address only begins like the form's, where the user may be typing. Whose frame the
// prefill trusts (finding 2) is tested in both browsers: both/objection-frame.spec.ts.
import type { Page } from '@playwright/test';
import { FORM_PATH, objectionPage } from '../../src/services/linkedin/replica/replica.mjs';
import { expect, test, type Ext } from './harness';

const FORM_URL = `https://www.linkedin.com${FORM_PATH}`;
const PROFILE = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' };

/** Type the user's details on the options page, press the form's button, and return the form's tab. */
async function pressPrefill(ext: Ext): Promise<Page> {
  const options = await ext.openOptions('objection');
  for (const [label, value] of [
    ['Your first name', PROFILE.firstName],
    ['Your last name', PROFILE.lastName],
    ['Your email', PROFILE.email],
  ] as const) {
    await options.getByLabel(label).fill(value);
    await options.getByLabel(label).blur();
  }
  await expect.poll(async () => (await ext.state()).profile?.email ?? '').toBe(PROFILE.email);
  await options.getByRole('button', { name: 'Prefill the objection form' }).click();
  const at = () => ext.context.pages().find((p) => !p.isClosed() && p.url() === FORM_URL);
  await expect.poll(() => at() !== undefined, { timeout: 20_000 }).toBe(true);
  return at()!;
}

test('a tab whose address only begins like the form’s is neither reused nor reloaded: what the user typed there stays', async ({ ext }) => {
  const DRAFT_PATH = `${FORM_PATH}-draft`;
  const draftPage =
    '<!doctype html><html lang="en"><body><h1>Help</h1><textarea id="notes"></textarea><script>window.__loadedAt = Math.random();</script></body></html>';
  await ext.serve({ [FORM_PATH]: objectionPage({ control: 'select' }), [DRAFT_PATH]: draftPage });
  const draft = await ext.context.newPage();
  await draft.goto(`https://www.linkedin.com${DRAFT_PATH}`);
  await draft.locator('#notes').fill('what I was writing');
  const loadedAt = await draft.evaluate(() => (window as any).__loadedAt as number);

  // The form opens in a tab of its own, and is prefilled there.
  const form = await pressPrefill(ext);
  await expect.poll(async () => (await ext.objection())?.report ?? null, { timeout: 20_000 }).not.toBeNull();
  expect(form.url()).toBe(FORM_URL);
  // The draft's tab is as the user left it: same document, same text, same address.
  expect(draft.url()).toBe(`https://www.linkedin.com${DRAFT_PATH}`);
  expect(await draft.evaluate(() => (window as any).__loadedAt as number)).toBe(loadedAt);
  expect(await draft.locator('#notes').inputValue()).toBe('what I was writing');
});
