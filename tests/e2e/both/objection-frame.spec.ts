// Whose frame the objection prefill trusts (issue 37, finding 2), in both browsers (Chromium
// tells a sender's origin, Firefox only its URL): the user's name and e-mail go to the run's
// form itself, the top frame of the run's tab at the form's exact address, never to another
// Help Center page framed in that tab, which cannot take the prefill away from the form.
import { FORM_PATH, objectionPage } from '../../../src/services/linkedin/replica/replica.mjs';
import { LINKEDIN, type View } from '../../support/harness-types';
import { expect, test } from './fixture';

/** A Help Center page that is not the form (an article, another form): the attacker's frame. */
const FRAMED_PATH = '/help/linkedin/answer/a1234567';

/** The fields of the form in the top frame and of the framed copy (same origin: readable from the top). */
function fields(form: View) {
  return form.evaluate(() => {
    const read = (doc: Document | null | undefined) => {
      const q = (s: string) => doc?.querySelector(s) as HTMLInputElement | null | undefined;
      return {
        name: q('#name')?.value ?? null,
        email: q('#email')?.value ?? null,
        type: q('#type')?.value ?? null,
        confirm: q('#confirm')?.checked ?? null,
        panel: doc?.getElementById('ai-optout-panel') != null,
      };
    };
    return { top: read(document), framed: read((document.getElementById('framed') as HTMLIFrameElement | null)?.contentDocument) };
  });
}

test('another Help Center page framed in the form’s tab gets none of the user’s details, and the form’s own report is kept', async ({ ext }) => {
  // The form (top frame), with a copy of it framed from another Help Center address: a page
  // that looks like the form, and would take the details and report "done" first.
  const withFrame = objectionPage({ control: 'select' }).replace(
    '</body>',
    `<iframe id="framed" src="${FRAMED_PATH}" style="width:100%;height:600px"></iframe></body>`,
  );
  await ext.serve({ [FORM_PATH]: withFrame, [FRAMED_PATH]: objectionPage({ control: 'select' }) });
  const options = await ext.openOptions('objection');
  await options.fill('input[autocomplete="given-name"]', 'Camille');
  await options.fill('input[autocomplete="family-name"]', 'Martin');
  await options.fill('input[autocomplete="email"]', 'camille@example.org');
  await expect.poll(async () => (await ext.state()).profile?.email ?? '').toBe('camille@example.org');
  await options.click('button[data-action="prefill"]');
  const form = await ext.tab(LINKEDIN + FORM_PATH);
  await expect.poll(async () => (await ext.objection())?.report ?? null, { timeout: 20_000 }).not.toBeNull();
  await expect
    .poll(async () => (await fields(form)).top, { timeout: 10_000 })
    .toMatchObject({ name: 'Camille Martin', email: 'camille@example.org', type: 'ai', confirm: true });
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // time for a late answer to the frame, had there been one
  expect((await fields(form)).framed).toEqual({ name: '', email: '', type: '', confirm: false, panel: false });
  expect(await ext.objection()).toMatchObject({ formFound: true, report: { option: 'done', firstName: 'done', email: 'done' } });
});
