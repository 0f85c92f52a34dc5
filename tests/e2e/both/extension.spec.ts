// The rest of what users rely on in every browser: the objection prefill and its receipt,
// the badge and alarms the worker leaves, and the network recorder's positive control
// (every case in tests/e2e/both also asserts on teardown that no extension context made
// a request).
import { THANKYOU_PATH, thankyouPage } from '../../../src/services/linkedin/replica/objection.mjs';
import { FORM_PATH, objectionPage, TARGET_PATH } from '../../../src/services/linkedin/replica/replica.mjs';
import { LINKEDIN, type View } from '../../support/harness-types';
import { en, expect, expectText, launch, test } from './fixture';

const FORM_URL = LINKEDIN + FORM_PATH;
const ALERT = [197, 34, 31, 255];
const GREEN = [19, 115, 51, 255];

/** The form as the replica holds it; Submit outlined by the ring in our closed panel, nothing of ours on the page's button. */
async function formState(form: View) {
  const page = await form.evaluate(() => {
    const q = (s: string) => document.querySelector(s) as HTMLInputElement | null;
    const log = (window as any).__replica;
    return {
      type: q('#type')?.value ?? null,
      confirm: q('#confirm')?.checked ?? null,
      name: q('#name')?.value ?? null,
      email: q('#email')?.value ?? null,
      submitted: log.submitted as number,
      submitClicks: log.submitClicks as number,
      submitAttributes: q('#submit')?.getAttributeNames().sort() ?? [],
    };
  });
  const panel = await form.panel();
  return { ...page, highlighted: panel?.ring === true && panel.mode === 'closed' };
}

test('the objection form is prefilled from the popup, never submitted; the user’s own submit gives the receipt', async ({ ext }) => {
  // French form (the browser is English): the English replica's title ends in "Request",
  // which today's case-number pattern takes for the number's label (reported to the lead).
  await ext.serve({ [FORM_PATH]: () => objectionPage({ lang: 'fr', control: 'select' }), [THANKYOU_PATH]: thankyouPage() });
  const popup = await ext.openOptions('objection'); // the objection lives on the options page
  await popup.fill('input[autocomplete="given-name"]', 'Camille');
  await popup.fill('input[autocomplete="family-name"]', 'Martin');
  await popup.fill('input[autocomplete="email"]', 'camille@example.org');
  await expect
    .poll(async () => (await ext.state()).profile)
    .toEqual({ firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', country: '', explanation: '' });
  await popup.click('button[data-action="prefill"]');
  const form = await ext.tab(FORM_URL);
  await expect.poll(async () => (await ext.objection())?.report ?? null, { timeout: 20_000 }).not.toBeNull();
  expect(await formState(form)).toEqual({
    type: 'ai',
    confirm: true,
    name: 'Camille Martin',
    email: 'camille@example.org',
    submitted: 0,
    submitClicks: 0,
    submitAttributes: ['data-replica-id', 'id', 'type'], // the replica's own, nothing of ours
    highlighted: true,
  });
  expect(await ext.objection()).toMatchObject({
    formFound: true,
    submittedAt: null,
    report: { option: 'done', confirmation: 'done', firstName: 'done', lastName: 'done', email: 'done', submit: 'highlighted' },
  });
  await expectText(popup, '[data-testid="objection-report"]', en('panelReady'), 'contains');
  // The user presses Submit; LinkedIn's confirmation gives the date and case number.
  await form.click('#submit');
  await expect.poll(async () => (await ext.objection()).caseNumber, { timeout: 15_000 }).toBe('250123-004567');
  expect(await ext.objection()).toMatchObject({ submittedAt: expect.any(Number), run: null });
  expect(form.url()).toBe(LINKEDIN + THANKYOU_PATH); // the user's own submit took the tab to LinkedIn's confirmation
  await expectText(popup, '[data-testid="objection-receipt"]', '250123-004567', 'contains');
});

test('the badge and alarms the worker leaves: deadline passed and unchecked, then verified off', async ({ ext }) => {
  // The real clock is after LinkedIn's start date (3 November 2025).
  let bar = await ext.toolbar();
  await expect.poll(async () => (bar = await ext.toolbar()).text).toBe('!');
  expect(bar).toMatchObject({ color: ALERT, title: en('badgeTitleInForce'), notifications: [] });
  // The re-check schedule (monthly unless chosen otherwise) wakes the worker a month after it first counted (the install).
  await expect.poll(async () => (bar = await ext.toolbar()).alarms.map((a) => a.name).sort()).toEqual(['midnight', 'recheck', 'reminder']);
  const { reminders } = await ext.state();
  expect(reminders.recheckedAt - reminders.installedAt).toBeLessThan(60_000);
  expect(bar.alarms.find((a) => a.name === 'recheck')!.scheduledTime).toBe(reminders.recheckedAt + 30 * 86_400_000);
  const midnight = bar.alarms.find((a) => a.name === 'midnight')!.scheduledTime;
  expect(midnight).toBeGreaterThan(Date.now());
  expect(midnight - Date.now()).toBeLessThanOrEqual(25 * 3600_000);
  expect(new Date(midnight).getHours() * 60 + new Date(midnight).getMinutes()).toBe(0); // the browser's local midnight (same TZ here)

  await ext.linkedin();
  await ext.openPage(LINKEDIN + TARGET_PATH);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  await expect.poll(async () => (bar = await ext.toolbar()).text).toBe('✓');
  expect(bar).toMatchObject({ color: GREEN, title: en('badgeTitleOff'), notifications: [] });
  // Opted out: the countdown reminders are gone, with their alarm; the re-check schedule's stays.
  await expect.poll(async () => (bar = await ext.toolbar()).alarms.map((a) => a.name).sort()).toEqual(['midnight', 'recheck']);
  expect(bar.alarms.find((a) => a.name === 'recheck')!.scheduledTime).toBe(reminders.recheckedAt + 30 * 86_400_000);
});

test('the network recorder catches a request from the worker/background and from an extension page', async ({}, testInfo) => {
  // The positive control for the check every case above runs on teardown.
  const ext = await launch(testInfo.project.name);
  try {
    expect(await ext.externalRequests()).toEqual([]);
    await ext.requestFromExtension('https://tracker.example/collect');
    await expect.poll(async () => (await ext.externalRequests()).length).toBeGreaterThanOrEqual(2);
    for (const url of await ext.externalRequests()) expect(url).toMatch(/^https:\/\/tracker\.example(:443|\/collect)$/);
  } finally {
    await ext.close();
  }
});
