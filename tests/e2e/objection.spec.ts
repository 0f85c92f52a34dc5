// The formal objection: one click in the popup prefills LinkedIn's form (a replica of its
// Help Center form engine built with the real React, and plain replicas built three more
// ways, in English and French), never submits it, says what is left by hand, and records
// the receipt from LinkedIn's confirmation page after the user submits; the run belongs to
// the TS-DPRO form and its tab, and nothing is typed or recorded anywhere else.
import type { Frame, Page } from '@playwright/test';
import {
  ARTICLE_PATH,
  articlePage,
  CASE_NUMBER,
  DYNA_FORM_PATH,
  dynaFormPage,
  dynaFormScript,
  OTHER_FORM_PATH,
  THANKYOU_PATH,
  thankyouPage,
} from '../../src/services/linkedin/replica/objection.mjs';
import { FORM_FRAME_PATH, FORM_PATH, FORM_TEXT, objectionPage } from '../../src/services/linkedin/replica/replica.mjs';
import { metaFormScript, metaServer } from '../../src/services/meta/replica.mjs';
import { prefillScript } from '../fixtures/react-form.mjs';
import { META_FORMS } from '../../src/services/meta/forms';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { replicaHandler } from '../support/harness-types';
import { panelIn } from '../support/panel';
import { expect, test, type Ext, writeOldData } from './harness';

test.beforeAll(async () => {
  await Promise.all([dynaFormScript(), metaFormScript(), prefillScript()]); // bundle once for this worker, before any test's clock starts
});

const FORM_URL = `https://www.linkedin.com${FORM_PATH}`;

/** The details as stored once any is written (Meta's country and explanation then empty); none written, none stored. */
const stored = (profile: Record<string, string>) => (Object.values(profile).some(Boolean) ? { country: '', explanation: '', ...profile } : profile);

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
      // Nothing of ours on the page's own button (the ring is drawn in our closed panel).
      submitAttributes: q('#submit')?.getAttributeNames().sort() ?? [],
    };
  });
}

const PROFILE = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' };

async function prefillFromPopup(ext: Ext, profile = PROFILE) {
  const popup = await ext.openOptions('objection'); // the objection lives on the options page
  for (const [label, value] of [
    ['Your first name', profile.firstName],
    ['Your last name', profile.lastName],
    ['Your email', profile.email],
  ] as const) {
    await popup.getByLabel(label).fill(value);
    await popup.getByLabel(label).blur();
  }
  await expect.poll(async () => (await ext.state()).profile ?? { firstName: '', lastName: '', email: '' }).toEqual(stored(profile));
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
      expect(state).toMatchObject({ type: 'ai', confirm: true, name: 'Camille Martin', email: 'camille@example.org' });
      expect(state.submitAttributes).not.toContain('style');
      expect(state.submitAttributes.filter((name) => name.includes('ai-optout'))).toEqual([]);
      expect(state.submitted).toBe(0);
      expect(state.submitClicks).toBe(0);
      expect(state.clicks).not.toContain('submit');
      expect(state.clicks.filter((c) => c.startsWith('opt-') && c !== 'opt-ai')).toEqual([]);
      expect(await ext.objection()).toMatchObject({
        formFound: true,
        report: { option: 'done', control, confirmation: 'done', firstName: 'done', lastName: 'done', email: 'done', captcha: 'absent', submit: 'highlighted' },
      });
      // The on-page panel and the popup both say it is ready and Submit is the user's.
      const ready = 'Objection form ready'; // the browser's language, whatever the page's
      await expect.poll(async () => (await panelIn(form))?.heading ?? '').toContain(ready);
      expect(await panelIn(form)).toMatchObject({ mode: 'closed', ring: true });
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
  await expect.poll(async () => (await panelIn(form))?.text ?? '').toContain('a few steps are left for you');
  expect((await panelIn(form))?.todo).toContain('choose-option');
  expect((await panelIn(form))?.text).toContain(FORM_TEXT.en.options[1]![1]!);
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
  await expect.poll(async () => (await panelIn(form))?.todo ?? []).toContain('choose-option');
});

test('without details typed in the extension, name and email are left for the user; LinkedIn’s own email is kept', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ prefilledEmail: 'member@linkedin.example' }) });
  const { form } = await prefillFromPopup(ext, { firstName: '', lastName: '', email: '' });
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect(await formState(form)).toMatchObject({ type: 'ai', confirm: true, name: '', email: 'member@linkedin.example' });
  expect((await ext.objection()).report).toMatchObject({ firstName: 'no-value', lastName: 'no-value', email: 'kept' });
  await expect.poll(async () => (await panelIn(form))?.text ?? '').toContain('Type your name.');
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
  await expect(popup.getByRole('alert').locator('[data-todo]')).toHaveCount(6);
});

test('after the user submits, the receipt is recorded from LinkedIn’s confirmation page and exported', async ({ ext }) => {
  await ext.serve({ [FORM_PATH]: () => objectionPage({ lang: 'fr', control: 'select' }), [THANKYOU_PATH]: thankyouPage() });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect((await formState(form)).submitted).toBe(0);
  await form.locator('#submit').click(); // the user's own act
  await expect.poll(async () => (await ext.objection()).submittedAt, { timeout: 10_000 }).not.toBeNull();
  expect(await ext.objection()).toMatchObject({ caseNumber: '250123-004567', run: null });
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

// --- LinkedIn's Help Center form engine, with the real React ----------------------------

/** What the React form holds in its state (mirrored by the component), and its log. */
function reactState(page: Page) {
  return page.evaluate(() => ({ ...(window as any).__formState, log: (window as any).__replica }));
}

test('React form: first and last name, e-mail, the li option and the box are in React’s state; reCAPTCHA and Submit untouched', async ({ ext }) => {
  await ext.serve({ [DYNA_FORM_PATH]: await dynaFormPage() });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  const state = await reactState(form);
  expect(state).toMatchObject({ firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', topic: 'ai', confirm: true, captcha: false });
  expect(state.log).toMatchObject({ submitted: 0, submitClicks: 0, captchaClicks: 0 });
  expect(state.log.clicks.filter((id: string) => id.startsWith('option-'))).toEqual(['option-topic-1']);
  expect(state.log.clicks).not.toContain('dynaform-submit');
  expect(state.log.clicks).not.toContain('recaptcha-anchor');
  expect((await ext.objection()).report).toEqual({
    option: 'done',
    control: 'listbox',
    confirmation: 'done',
    firstName: 'done',
    lastName: 'done',
    email: 'done',
    captcha: 'present',
    submit: 'highlighted',
  });
  // What is left is the user's alone: the reCAPTCHA and Submit, in the panel and the popup.
  await expect.poll(async () => (await panelIn(form))?.heading ?? '').toContain('Objection form ready');
  expect((await panelIn(form))?.todo).toHaveLength(2);
  await expect(popup.getByTestId('objection-todo').locator('[data-todo]')).toHaveText([/I'm not a robot/, /press Submit/]);
  // Submit outlined by the ring in our closed panel; nothing of ours on the page's button.
  expect(await panelIn(form)).toMatchObject({ mode: 'closed', ring: true });
  expect(await form.locator('#dynaform-submit').evaluate((b) => b.getAttributeNames().filter((n) => n === 'style' || n.includes('ai-optout')))).toEqual([]);
  await form.waitForTimeout(1_000);
  expect((await reactState(form)).log).toMatchObject({ submitted: 0, submitClicks: 0 });
  expect(form.url()).toBe(FORM_URL);
});

test('React form: a value set with a plain .value = is lost (the replica really is controlled)', async ({ ext }) => {
  await ext.serve({ [DYNA_FORM_PATH]: await dynaFormPage() });
  const page = await ext.context.newPage();
  await page.goto(FORM_URL);
  await page.locator('#dyna-firstname').waitFor();
  const after = await page.evaluate(() => {
    const input = document.getElementById('dyna-firstname') as HTMLInputElement;
    input.value = 'Camille';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (window as any).__formState.firstName;
  });
  // React never took it: its state is empty, and its next render (the box ticked) empties the field too.
  expect(after).toBe('');
  await page.locator('#dyna-confirm').click();
  await expect(page.locator('#dyna-firstname')).toHaveValue('');
  // The same with the native setter is kept: the difference is the write, not the test.
  const native = await page.evaluate(() => {
    const input = document.getElementById('dyna-firstname') as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'Camille');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (window as any).__formState.firstName;
  });
  expect(native).toBe('Camille');
});

test('React form: the extension’s prefill, run in the page’s own world beside React, puts every value in React’s state', async ({ ext }) => {
  await ext.serve({ [DYNA_FORM_PATH]: await dynaFormPage() });
  const page = await ext.context.newPage();
  await page.goto(FORM_URL);
  await page.locator('#dyna-firstname').waitFor();
  await page.addScriptTag({ content: await prefillScript() });
  const report = await page.evaluate(([profile, form]) => (window as any).Prefill.prefillObjection(document, profile, form), [
    PROFILE,
    OBJECTION_FORM,
  ] as const);
  expect(report).toMatchObject({ option: 'done', confirmation: 'done', firstName: 'done', lastName: 'done', email: 'done', captcha: 'present' });
  expect(await reactState(page)).toMatchObject({
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille@example.org',
    topic: 'ai',
    confirm: true,
    captcha: false,
  });
  expect((await reactState(page)).log).toMatchObject({ submitted: 0, submitClicks: 0, captchaClicks: 0 });
});

test('Meta’s React form (French): the same prefill, in the page’s own world, puts e-mail, country and explanation in React’s state; decoys empty, nothing submitted', async ({
  ext,
}) => {
  const meta = metaServer({ form: 'instagram', lang: 'fr' });
  await ext.site(meta.origin, replicaHandler(meta));
  const page = await ext.context.newPage();
  await page.goto(meta.url); // Meta not added: nothing of the extension runs here, only the prefill injected below
  await page.locator('#f-email').waitFor();
  await page.addScriptTag({ content: await prefillScript() });
  const details = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', country: 'BE', explanation: 'Je m’oppose.' };
  const report = await page.evaluate(([profile, form]) => (window as any).Prefill.prefillObjection(document, profile, form), [details, META_FORMS[1]] as const);
  expect(report).toEqual({ control: null, email: 'done', country: 'done', explanation: 'done', captcha: 'absent', submit: 'highlighted' });
  expect(await page.evaluate(() => (window as any).__formState)).toEqual({
    name: '',
    phone: '',
    email: 'camille@example.org',
    country: 'BE',
    explanation: 'Je m’oppose.',
  });
  expect(await page.evaluate(() => (window as any).__replica)).toMatchObject({ submitted: 0, submitClicks: 0 });
  expect(meta.log.submissions).toEqual([]);
});

test('React form: after the user ticks the reCAPTCHA and submits, the receipt comes from the confirmation page', async ({ ext }) => {
  await ext.serve({ [DYNA_FORM_PATH]: await dynaFormPage(), [THANKYOU_PATH]: thankyouPage() });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  expect((await ext.objection()).submittedAt).toBeNull();
  await form.locator('#recaptcha-anchor').click(); // the user's own acts
  await form.locator('#dynaform-submit').click();
  await expect.poll(() => form.url()).toBe(`https://www.linkedin.com${THANKYOU_PATH}`);
  await expect.poll(async () => (await ext.objection()).submittedAt, { timeout: 15_000 }).not.toBeNull();
  expect(await ext.objection()).toMatchObject({ caseNumber: CASE_NUMBER, run: null, ended: null });
  await expect(popup.getByTestId('objection-receipt')).toContainText(CASE_NUMBER);
});

test('the run’s tab going to a help article that quotes a reference number: no receipt, the run ends', async ({ ext }) => {
  await ext.serve({ [DYNA_FORM_PATH]: await dynaFormPage(), [ARTICLE_PATH]: articlePage() });
  const { popup, form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  await form.goto(`https://www.linkedin.com${ARTICLE_PATH}`);
  await expect.poll(async () => (await ext.objection()).ended).toBe('left-form');
  // Time for a content script to try anything on the article.
  await form.waitForTimeout(1_500);
  expect(await ext.objection()).toMatchObject({ run: null, submittedAt: null, caseNumber: null });
  await expect(popup.getByTestId('objection-ended')).toContainText('its tab left the objection form');
  await expect(popup.getByTestId('objection-receipt')).toHaveCount(0);
});

test('the run’s tab moved to another Help Center form: nothing is typed there', async ({ ext }) => {
  // The TS-DPRO page has no form (it moved); the user goes on to another form in that tab.
  await ext.serve({
    [DYNA_FORM_PATH]: '<!doctype html><html lang="en"><body><h1>Help</h1><p>This page moved.</p></body></html>',
    [OTHER_FORM_PATH]: await dynaFormPage({ title: 'Report a fake profile' }),
  });
  const { form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).formFound, { timeout: 30_000 }).toBe(false);
  await form.goto(`https://www.linkedin.com${OTHER_FORM_PATH}`);
  await form.locator('#dyna-firstname').waitFor();
  await expect.poll(async () => (await ext.objection()).ended).toBe('left-form');
  await form.waitForTimeout(2_000); // the content script asked, and got nothing
  expect(await reactState(form)).toMatchObject({ firstName: '', lastName: '', email: '', topic: '', confirm: false });
  expect(await panelIn(form)).toBeNull();
});

test('finding 3: the form page moves in-app (a history push) to another Help Center form while the details wait: nothing is typed there, the run ends', async ({
  ext,
}) => {
  // TS-DPRO shows no form yet; 1.5 s in (the details have come), it pushes another form's address and renders that form.
  const other = `<form id="other"><label for="dyna-firstname">First name</label><input id="dyna-firstname">
    <label for="dyna-lastname">Last name</label><input id="dyna-lastname"><label for="dyna-email">Email</label><input id="dyna-email" type="email">
    <select id="topic"><option value="">Choose</option><option value="ai">Object to processing for training content-generating AI models</option></select>
    <button type="submit" id="dynaform-submit">Submit</button></form>`;
  const moving = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help</title></head><body><main id="main"><p>Loading…</p></main>
<script>setTimeout(() => { history.pushState({}, '', '${OTHER_FORM_PATH}'); document.getElementById('main').innerHTML = ${JSON.stringify(other)}; }, 1500);</script></body></html>`;
  await ext.serve({ [DYNA_FORM_PATH]: moving });
  const { form } = await prefillFromPopup(ext);
  await expect.poll(() => form.url(), { timeout: 10_000 }).toBe(`https://www.linkedin.com${OTHER_FORM_PATH}`);
  await expect.poll(async () => (await ext.objection()).ended, { timeout: 10_000 }).toBe('left-form');
  await form.waitForTimeout(3_000); // time for a content script to have typed, had it gone on
  expect(
    await form.evaluate(() => ['dyna-firstname', 'dyna-lastname', 'dyna-email', 'topic'].map((id) => (document.getElementById(id) as HTMLInputElement).value)),
  ).toEqual(['', '', '', '']);
  expect(await panelIn(form)).toBeNull();
});

test('finding 9: the page cannot read or rewrite the panel (its root is closed), and nothing of ours is on its Submit', async ({ ext }) => {
  // The page waits for our panel, then tries to make it say "sent for you" and to close it.
  const attack = `<script>
    const t = setInterval(() => {
      const host = document.getElementById('ai-optout-panel');
      if (!host) return;
      clearInterval(t);
      window.__attack = { root: host.shadowRoot !== null };
      const h2 = host.shadowRoot?.querySelector('h2');
      if (h2) h2.textContent = 'Sent for you: nothing left to do';
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, 50);
  </script></body>`;
  await ext.serve({ [FORM_PATH]: () => objectionPage({ control: 'select' }).replace('</body>', attack) });
  const { form } = await prefillFromPopup(ext);
  await expect.poll(async () => (await ext.objection()).report, { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => form.evaluate(() => (window as any).__attack ?? null)).not.toBeNull();
  expect(await form.evaluate(() => (window as any).__attack)).toEqual({ root: false });
  await form.waitForTimeout(500);
  expect(await panelIn(form)).toMatchObject({ mode: 'closed', heading: expect.stringMatching(/^Objection form ready/), ring: true });
  expect(await form.evaluate(() => document.getElementById('submit')!.getAttributeNames().sort())).not.toContain('data-ai-optout-highlight');
  expect(await form.evaluate(() => document.getElementById('submit')!.getAttribute('style'))).toBeNull();
});

test('typing one field while another is being saved loses nothing (the form is re-rendered by the save)', async ({ ext }) => {
  const options = await ext.openOptions('objection');
  await options.getByLabel('Your first name').fill('Camille');
  await options.getByLabel('Your email').fill('camille@example.org'); // blurs the first name: its save starts
  await expect.poll(async () => (await ext.state()).profile?.firstName).toBe('Camille'); // saved, and the form re-rendered
  await expect(options.getByLabel('Your email')).toHaveValue('camille@example.org'); // what is being typed is still there
  await options.getByLabel('Your email').blur();
  await expect
    .poll(async () => (await ext.state()).profile)
    .toEqual({ firstName: 'Camille', lastName: '', email: 'camille@example.org', country: '', explanation: '' });
});

test('popup: a name kept as one string is shown for the user to split; over-long or invalid values get a clear message', async ({ ext }) => {
  await writeOldData(ext, { schemaVersion: 2, profile: { name: 'Camille Martin', email: 'camille@example.org' } });
  const popup = await ext.openOptions('objection');
  await expect(popup.getByTestId('legacy-name')).toHaveText('We kept your name as you typed it: “Camille Martin”. Please type your first and last name.');
  await expect(popup.getByLabel('Your first name')).toHaveValue('');
  await expect(popup.getByLabel('Your last name')).toHaveValue('');
  await expect(popup.getByLabel('Your email')).toHaveValue('camille@example.org');
  // Limits on the inputs themselves.
  await expect(popup.getByLabel('Your first name')).toHaveAttribute('maxlength', '100');
  await expect(popup.getByLabel('Your email')).toHaveAttribute('maxlength', '254');
  // An invalid e-mail: a message, nothing saved, no error.
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e.message));
  await popup.getByLabel('Your email').fill('camille at example');
  await popup.getByLabel('Your email').blur();
  await expect(popup.getByRole('alert')).toContainText('This does not look like an email address');
  await expect(popup.getByLabel('Your email')).toHaveAttribute('aria-invalid', 'true');
  // An over-long value forced past the input's limit (as a script or an old browser could).
  await popup.getByLabel('Your last name').evaluate((el: HTMLInputElement) => {
    el.removeAttribute('maxlength');
    el.value = 'x'.repeat(150);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(popup.getByText('Too long: at most 100 characters. Not saved.')).toBeVisible();
  // Nothing invalid was saved: the details are as the migration left them, the old name kept whole.
  await expect
    .poll(async () => (await ext.state()).profile)
    .toEqual({ firstName: '', lastName: '', email: 'camille@example.org', country: '', explanation: '', legacyName: 'Camille Martin' });
  // The user splits the name: saved, and the old string is gone.
  await popup.getByLabel('Your first name').fill('Camille');
  await popup.getByLabel('Your first name').blur();
  await popup.getByLabel('Your last name').fill('Martin');
  await popup.getByLabel('Your last name').blur();
  await expect
    .poll(async () => (await ext.state()).profile)
    .toEqual({ firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', country: '', explanation: '' });
  await expect(popup.getByTestId('legacy-name')).toHaveCount(0);
  expect(errors).toEqual([]);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
