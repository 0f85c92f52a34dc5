// Whose frame and whose tab the objection prefill trusts (issue 37, findings 2 and 12): the
// user's name and e-mail go to the run's form itself (the top frame of the run's tab, at
// the form's exact address), never to another Help Center page framed in that tab, which
// cannot take the prefill away from the form either; and the form's button never reuses (and
// reloads) a tab whose address only begins like the form's, where the user may be typing.
import type { Frame, Page } from '@playwright/test';
import { FORM_PATH, objectionPage } from '../../src/services/linkedin/replica/replica.mjs';
import { expect, test, type Ext } from './harness';

const FORM_URL = `https://www.linkedin.com${FORM_PATH}`;
/** A Help Center page that is not the form (an article, another form): the attacker's frame. */
const FRAMED_PATH = '/help/linkedin/answer/a1234567';
const PROFILE = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' };

/** The fields of a replica form (objectionPage), as the page holds them. */
function fields(target: Page | Frame) {
  return target.evaluate(() => {
    const q = (s: string) => document.querySelector(s) as HTMLInputElement | null;
    return { name: q('#name')?.value ?? null, email: q('#email')?.value ?? null, type: q('#type')?.value ?? null, confirm: q('#confirm')?.checked ?? null };
  });
}

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

test('another Help Center page framed in the form’s tab gets none of the user’s details, and the form’s own report is kept', async ({ ext }) => {
  // The form (top frame), with a copy of it framed from another Help Center address: a page
  // that looks like the form, and would take the details and report "done" first.
  const withFrame = objectionPage({ control: 'select' }).replace(
    '</body>',
    `<iframe id="framed" src="${FRAMED_PATH}" style="width:100%;height:600px"></iframe></body>`,
  );
  await ext.serve({ [FORM_PATH]: withFrame, [FRAMED_PATH]: objectionPage({ control: 'select' }) });
  const form = await pressPrefill(ext);
  await expect.poll(async () => (await ext.objection())?.report ?? null, { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => fields(form), { timeout: 10_000 }).toMatchObject({ name: 'Camille Martin', email: PROFILE.email, type: 'ai', confirm: true });
  const framed = form.frames().find((f) => f.url().endsWith(FRAMED_PATH))!;
  expect(framed).toBeTruthy();
  await form.waitForTimeout(2_000); // time for a late answer to the frame, had there been one
  expect(await fields(framed)).toEqual({ name: '', email: '', type: '', confirm: false });
  expect(await framed.locator('#ai-optout-panel').count()).toBe(0);
  expect(await ext.objection()).toMatchObject({ formFound: true, report: { option: 'done', firstName: 'done', email: 'done' } });
});

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
