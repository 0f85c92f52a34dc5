// Meta's "Right to object" forms, in every browser the extension ships for: Meta is added
// from the options page (its two hosts asked for then, nothing at install), the user's
// details typed there, each form opened and prefilled from its button on Meta's card, never
// submitted; the user's own submit gives the receipt from Meta's confirmation. A changed
// form (a field gone) leaves that step to the user, with the steps by hand. Replica:
// ./replica.mjs (only the addresses are known; markup and texts invented: ./facts.md).
import { metaFormScript, metaServer } from './replica.mjs';
import { type Ext, replicaHandler, type View } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';

type MetaServer = ReturnType<typeof metaServer>;

const FACEBOOK = 'https://www.facebook.com';
const INSTAGRAM = 'https://help.instagram.com';
const CARD = '[data-service="meta"]';
const EMAIL = 'camille@example.org';

test.beforeAll(async () => {
  await metaFormScript(); // bundled once for this worker, before any test's clock starts
});

/** Serve Meta's two forms (both browsers route the origins to the replicas). */
async function serve(ext: Ext, facebook: MetaServer, instagram: MetaServer): Promise<void> {
  await ext.site(FACEBOOK, replicaHandler(facebook));
  await ext.site(INSTAGRAM, replicaHandler(instagram));
}

/** The form as React holds it, and what the page logged. */
function formState(form: View) {
  return form.evaluate(() => {
    const log = (window as any).__replica;
    return {
      values: (window as any).__formState as Record<string, string> | undefined,
      submitted: log?.submitted as number,
      submitClicks: log?.submitClicks as number,
      highlighted: document.getElementById('f-submit')?.hasAttribute('data-ai-optout-highlight') ?? false,
      panel: document.getElementById('ai-optout-panel') !== null,
      todo: [...(document.getElementById('ai-optout-panel')?.shadowRoot?.querySelectorAll('[data-todo]') ?? [])].map((li) => li.getAttribute('data-todo')),
    };
  });
}

/** The hosts the browser holds for the extension, and the content scripts the worker registered. */
function reach(ext: Ext) {
  return ext.extEval(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const { origins = [] } = await api.permissions.getAll();
    const scripts = await api.scripting.getRegisteredContentScripts();
    return { origins: (origins as string[]).filter((o) => /facebook|instagram/.test(o)).sort(), scripts: scripts.map((s: any) => s.id) as string[] };
  });
}

/** Add Meta from its card (the browser's prompt answered "Allow" for both hosts), then type the details. */
async function addMeta(ext: Ext, options: View): Promise<void> {
  await ext.allowHostPrompt(FACEBOOK);
  await ext.allowHostPrompt(INSTAGRAM);
  await options.click(`${CARD} button[data-action="add-service"]`);
  await expect.poll(() => options.visible(`${CARD} [data-detail="country"]`), { timeout: 20_000 }).toBe(true);
  await options.fill(`${CARD} [data-detail="email"]`, EMAIL);
  await options.evaluate(() => {
    const select = document.querySelector('[data-service="meta"] [data-detail="country"]') as HTMLSelectElement;
    select.value = 'FR';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect.poll(async () => (await ext.state()).profile ?? null).toMatchObject({ email: EMAIL, country: 'FR' });
}

const objectionOf = async (ext: Ext, form: string) => (await ext.state()).objections?.[form];

/**
 * Press a form's button on Meta's card; wait for the prefill's report (what differs from a
 * whole fill), then check the form as React holds it: the user's details where the form
 * has their field, decoys empty, Submit outlined and never pressed, the panel's steps left.
 */
async function prefill(
  ext: Ext,
  options: View,
  server: MetaServer,
  formId: string,
  expected: { report: object; country: string; todo: string[] },
): Promise<View> {
  await options.click(`${CARD} [data-form="${formId}"] button[data-action="prefill"]`);
  const form = await ext.tab(server.url);
  await expect
    .poll(async () => (await objectionOf(ext, formId))?.report ?? null, { timeout: 20_000 })
    .toEqual({ control: null, email: 'done', country: 'done', explanation: 'done', captcha: 'absent', submit: 'highlighted', ...expected.report });
  expect(await formState(form)).toEqual({
    values: { name: '', phone: '', email: EMAIL, country: expected.country, explanation: en('meta__explanationDefault') },
    submitted: 0,
    submitClicks: 0,
    highlighted: true,
    panel: true,
    todo: expected.todo,
  });
  expect(server.log.submissions).toEqual([]);
  return form;
}

/** Meta's date as the options page formats it (English texts: "May 27, 2025"). */
const META_DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 4, 27, 12));

test('Facebook, in English: Meta added (its two hosts, nothing before), the form prefilled as React keeps it, decoys empty, never submitted; the user’s submit gives the receipt', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const facebook = metaServer({ form: 'facebook' });
  await serve(ext, facebook, metaServer({ form: 'instagram' }));
  // Installed: no Meta host held, no script of ours for it.
  expect(await reach(ext)).toEqual({ origins: [], scripts: [] });

  const options = await ext.openOptions('services');
  await expectText(options, `${CARD} [data-testid="service-since"]`, META_DATE, 'contains');
  await expectText(options, `${CARD} [data-testid="service-since"]`, en('meta__since'), 'contains');
  await addMeta(ext, options);
  expect(await reach(ext)).toEqual({ origins: [`${INSTAGRAM}/*`, `${FACEBOOK}/*`], scripts: ['service-meta'] }); // sorted
  // The explanation the form will get is shown before it is used: the default text, in the user's language.
  const box = `${CARD} [data-detail="explanation"]`;
  const shown = () => options.evaluate((selector) => (document.querySelector(selector) as HTMLTextAreaElement).value, box);
  expect(await shown()).toBe(en('meta__explanationDefault'));
  // The user's own words replace it; cleared (only spaces left), the default is back in the box at once, as the form will get it.
  await options.fill(box, 'In my own words.');
  await expect.poll(async () => (await ext.state()).profile?.explanation).toBe('In my own words.');
  await options.fill(box, ' ');
  await expect.poll(async () => (await ext.state()).profile?.explanation).toBe('');
  expect(await shown()).toBe(en('meta__explanationDefault'));

  const form = await prefill(ext, options, facebook, 'meta-facebook', { report: {}, country: 'FR', todo: ['press-submit'] });
  await expectText(options, `${CARD} [data-form="meta-facebook"] [data-testid="objection-report"] h2`, en('panelReady'));

  // The user presses Submit: Meta confirms in place of the form, and only that gives the receipt.
  await form.click('#f-submit');
  await expect.poll(() => facebook.log.submissions.length).toBe(1);
  expect(facebook.log.submissions[0]).toEqual({ name: '', phone: '', email: EMAIL, country: 'FR', explanation: en('meta__explanationDefault') });
  await expect.poll(async () => (await objectionOf(ext, 'meta-facebook'))?.submittedAt ?? null, { timeout: 20_000 }).toEqual(expect.any(Number));
  expect(await objectionOf(ext, 'meta-facebook')).toMatchObject({ run: null, caseNumber: null });
  const today = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date());
  await expectText(options, `${CARD} [data-form="meta-facebook"] [data-testid="objection-receipt"]`, en('objectionSubmitted', today));
  // Instagram's form was never opened, and has no receipt.
  expect(await objectionOf(ext, 'meta-instagram')).toBeUndefined();
});

test('Instagram, in French, its form changed (no country field): nothing runs before Meta is added; then e-mail and explanation filled, the country left to the user with the steps by hand, never submitted', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const instagram = metaServer({ form: 'instagram', lang: 'fr', missing: 'country' });
  await serve(ext, metaServer({ form: 'facebook' }), instagram);

  // Opened by hand before Meta is added: nothing of ours runs there.
  const byHand = await ext.openPage(instagram.url);
  await expect.poll(async () => (await formState(byHand)).values ?? null, { timeout: 20_000 }).not.toBeNull();
  await new Promise((r) => setTimeout(r, 3_000)); // time for a content script to have acted, had there been one
  expect(await formState(byHand)).toMatchObject({ values: { email: '', explanation: '' }, panel: false, highlighted: false });
  await byHand.close();

  const options = await ext.openOptions('services');
  await addMeta(ext, options);
  await prefill(ext, options, instagram, 'meta-instagram', { report: { country: 'missing' }, country: '', todo: ['choose-country', 'press-submit'] });
  // The options page says exactly what is left: the country, then Submit.
  const card = `${CARD} [data-form="meta-instagram"]`;
  await expectText(options, `${card} [data-testid="objection-report"] h2`, en('panelPartial'));
  expect(
    await options.evaluate((sel) => [...document.querySelectorAll(`${sel} [data-testid="objection-todo"] li`)].map((li) => li.getAttribute('data-todo')), card),
  ).toEqual(['choose-country', 'press-submit']);
  await expectText(options, `${card} [data-todo="choose-country"]`, en('panelTodoCountry'));
  expect((await objectionOf(ext, 'meta-instagram')).submittedAt).toBeNull();

  // Removed: both hosts are given back and the script unregistered.
  await options.click(`${CARD} button[data-action="remove-service"]`);
  await expect.poll(() => reach(ext)).toEqual({ origins: [], scripts: [] });
});
