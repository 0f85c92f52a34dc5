// The formal objection: one click in the popup prefills LinkedIn's form (replicas built
// three ways, in English and French), never submits it, says what is left by hand, and
// records the receipt after the user submits.
import type { Frame, Page } from '@playwright/test';
import { FORM_FRAME_PATH, FORM_PATH, FORM_TEXT, objectionPage } from '../fixtures/replica.mjs';
import { expect, test, type Ext } from './harness';

const FORM_URL = `https://www.linkedin.com${FORM_PATH}`;

/** The form's current values, as the replica holds them. */
function formState(target: Page | Frame) {
  return target.evaluate(() => {
    const q = (s: string) => document.querySelector(s) as HTMLInputElement | null;
    const log = (window as any).__replica;
    return {
      type: q('#type')?.value ?? q('input[name="type"]:checked')?.value ?? q('#type-value')?.value ?? null,
      confirm: q('#confirm')?.checked ?? null,
      name: q('#name')?.value ?? null,
      email: q('#email')?.value ?? null,
      submitted: log.submitted as number,
      submitClicks: log.submitClicks as number,
      clicks: log.clicks as string[],
      highlighted: q('#submit')?.hasAttribute('data-ai-optout-highlight') ?? false,
    };
  });
}

async function prefillFromPopup(ext: Ext, profile = { name: 'Camille Martin', email: 'camille@example.org' }) {
  const popup = await ext.openOptions('objection'); // the objection lives on the options page
  await popup.getByLabel('Your name').fill(profile.name);
  await popup.getByLabel('Your name').blur();
  await popup.getByLabel('Your email').fill(profile.email);
  await popup.getByLabel('Your email').blur();
  await expect.poll(async () => (await ext.state()).profile ?? { name: '', email: '' }).toEqual(profile);
  const [form] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Prefill the objection form' }).click()]);
  await expect.poll(() => form.url()).toBe(FORM_URL);
  return { popup, form };
}

for (const lang of ['en', 'fr'] as const) {
  for (const control of ['select', 'radio', 'listbox'] as const) {
    test(`${lang}, ${control}: one click leaves the form ready to submit, and never submits`, async ({ ext }) => {
      await ext.serve({ [FORM_PATH]: () => objectionPage({ lang, control }) });
      const { popup, form } = await prefillFromPopup(ext);
      await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
      const state = await formState(form);
      expect(state).toMatchObject({ type: 'ai', confirm: true, name: 'Camille Martin', email: 'camille@example.org', highlighted: true });
      expect(state.submitted).toBe(0);
      expect(state.submitClicks).toBe(0);
      expect(state.clicks).not.toContain('submit');
      expect(state.clicks.filter((c) => c.startsWith('opt-') && c !== 'opt-ai')).toEqual([]);
      expect((await ext.objection())).toMatchObject({ formFound: true, report: { option: 'done', control, confirmation: 'done', name: 'done', email: 'done', submit: 'highlighted' } });
      // The on-page panel and the popup both say it is ready and Submit is the user's.
      const ready = 'Objection form ready'; // the browser's language, whatever the page's
      await expect(form.locator('#ai-optout-panel')).toContainText(ready);
      await expect(popup.getByTestId('objection-report')).toContainText(ready);
      await expect(popup.getByTestId('objection-todo').locator('li')).toHaveCount(1); // press Submit, only
      // Still not submitted a moment later.
      await form.waitForTimeout(1_000);
      expect((await formState(form)).submitted).toBe(0);
    });
  }
}

test('a changed form without the AI option: nothing is chosen, the by-hand steps are shown with the exact texts', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ control: 'select', withAi: false }) });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  const state = await formState(form);
  expect(state.type).toBe('');
  expect(state.submitted).toBe(0);
  expect((await ext.objection()).report).toMatchObject({ option: 'missing' });
  const panel = form.locator('#ai-optout-panel');
  await expect(panel).toContainText('a few steps are left for you');
  await expect(panel.locator('[data-todo="choose-option"]')).toContainText(FORM_TEXT.en.options[1]![1]!);
  await expect(popup.getByTestId('objection-todo').locator('[data-todo="choose-option"]')).toContainText(
    'Object to processing for training content-generating AI models',
  );
  await expect(popup.getByTestId('objection-todo').locator('[data-todo="choose-option"]').getByRole('button', { name: 'Copy' })).toBeVisible();
});

test('a radio group where both AI options look alike: nothing is chosen, never a guess', async ({ ext }) => {
  await ext.serve({
    [FORM_PATH]: () =>
      objectionPage({ control: 'radio' }).replaceAll(
        'Object to processing for marketing purposes',
        'Object to processing for training content-generating AI models',
      ),
  });
  const { form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect((await ext.objection()).report).toMatchObject({ option: 'ambiguous' });
  expect((await formState(form)).type).toBeNull();
  await expect(form.locator('#ai-optout-panel [data-todo="choose-option"]')).toBeVisible();
});

test('without details typed in the extension, name and email are left for the user; LinkedIn’s own email is kept', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ prefilledEmail: 'member@linkedin.example' }) });
  const { form } = await prefillFromPopup(ext, { name: '', email: '' });
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect(await formState(form)).toMatchObject({ type: 'ai', confirm: true, name: '', email: 'member@linkedin.example' });
  expect((await ext.objection()).report).toMatchObject({ name: 'no-value', email: 'kept' });
  await expect(form.locator('#ai-optout-panel')).toContainText('Type your name.');
});

test('the form inside an iframe is found and prefilled there', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ iframe: true }), [FORM_FRAME_PATH]: () => objectionPage({ control: 'listbox' }) });
  const { form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  const frame = form.frames().find((f) => f.url().endsWith(FORM_FRAME_PATH))!;
  expect(await formState(frame)).toMatchObject({ type: 'ai', confirm: true, submitted: 0 });
  expect((await ext.objection()).formFound).toBe(true);
});

test('a page without any form: the popup says so and lists every step by hand', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: '<!doctype html><html lang="en"><body><h1>Help</h1><p>This page moved.</p></body></html>' });
  const { popup } = await prefillFromPopup(ext);
  await expect(popup.getByRole('alert')).toContainText('We could not find the form', { timeout: 30_000 });
  await expect(popup.getByRole('alert').locator('[data-todo]')).toHaveCount(5);
});

test('after the user submits, the receipt is recorded and exported', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ lang: 'fr', control: 'select' }) });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect((await formState(form)).submitted).toBe(0);
  await form.locator('#submit').click(); // the user's own act
  await expect.poll(async () => (await ext.objection()).submittedAt, { timeout: 10_000 }).not.toBeNull();
  expect((await ext.objection())).toMatchObject({ caseNumber: '250123-004567', run: null });
  await expect(popup.getByTestId('objection-receipt')).toContainText('Objection submitted on');
  await expect(popup.getByTestId('objection-receipt')).toContainText('250123-004567');

  const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-action="export-json"]').click()]);
  const record = JSON.parse(await streamText(await json.createReadStream()));
  expect(record).toMatchObject({ objection: { caseNumber: '250123-004567', form: FORM_URL }, setting: { state: 'unknown', verifiedOffAt: null } });
  expect(Date.parse(record.objection.submittedAt)).toBe((await ext.objection()).submittedAt);
  const [text] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-action="export-text"]').click()]);
  const plain = await streamText(await text.createReadStream());
  expect(plain).toContain('Your record');
  expect(plain).toContain('Case number: 250123-004567');
  expect(plain).toContain('Setting: not verified off yet.');
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
