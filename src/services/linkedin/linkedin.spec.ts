// The switch, in every browser the extension ships for: one click from the popup, the
// page opened by hand, already off, audit only, a failed save.
import { TARGET_PATH } from './replica/replica.mjs';
import { LINKEDIN } from '../../../tests/support/harness-types';
import { en, expect, expectText, switchStates, test } from '../../../tests/e2e/both/fixture';

const TARGET_URL = LINKEDIN + TARGET_PATH;

test('one click from the popup opens the page in the background, shows progress, ends verified off', async ({ ext }) => {
  const linkedin = await ext.linkedin({ page: { renderDelayMs: 1_500 } });
  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="status"]', en('statusUnchecked'));
  await popup.click('button[data-action="audit"]');
  await expect.poll(() => popup.visible('[data-testid="progress"]')).toBe(true);
  await expect.poll(() => ext.badge()).toBe('…');
  await expectText(popup, '[data-testid="status"]', en('statusOff'));
  await expectText(popup, '[data-testid="status-sub"]', en('verifiedAgo', en('justNow')));
  await expect.poll(() => ext.badge()).toBe('✓');
  expect(linkedin.log.clicks).toEqual(['target']);
  // Verified by a fresh load of the page, after LinkedIn saved it.
  expect(linkedin.isOn()).toBe(false);
  // The check, then at least one fresh load that verified it (Firefox's harness may load the page once more first).
  expect(linkedin.log.loads).toBeGreaterThanOrEqual(2);
  expect((await ext.record()).audit).toMatchObject({ outcome: 'turned-off', source: 'popup' });
  expect((await ext.state()).runs ?? []).toEqual([]);
  // The user is where they were (issue 36): the tab the check opened is closed.
  const linkedInTabs = () =>
    popup.evaluate(async (url) => (await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.query({ url })).length as number, `${LINKEDIN}/*`);
  await expect.poll(linkedInTabs, { timeout: 10_000 }).toBe(0);
});

test('the settings page opened by hand: the switch is turned off, with one click on it and nothing else', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1, source: 'page' });
  expect(await switchStates(page)).toEqual({ target: false });
  expect(linkedin.log.clicks).toEqual(['target']);
  expect(linkedin.log.saves).toEqual([expect.objectContaining({ id: 'target', on: false, ok: true })]);
  expect(linkedin.isOn()).toBe(false);
  expect((await ext.record()).known).toMatchObject({ state: 'off' });
  await expect.poll(() => ext.badge()).toBe('✓');
});

test('already off: reported as such, and not a single click', async ({ ext }) => {
  const linkedin = await ext.linkedin({ page: { on: false } });
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'already-off', clicks: 0 });
  expect(linkedin.log.clicks).toEqual([]);
  expect(linkedin.log.loads).toBe(1);
  expect(await switchStates(page)).toEqual({ target: false });
  await expect.poll(() => ext.badge()).toBe('✓');
});

test('audit only: "on" is reported and left alone, on a page opened by hand and from the popup; "Switch it off now" then opts out', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const options = await ext.openOptions('settings');
  await options.click('input[data-setting="audit-only"]');
  await expect.poll(async () => (await ext.state()).prefs).toMatchObject({ mode: 'audit' });
  const popup = await ext.openPopup();
  // By hand.
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'left-on', clicks: 0 });
  expect(linkedin.log.clicks).toEqual([]);
  expect(await switchStates(page)).toEqual({ target: true });
  await expectText(popup, '[data-testid="status"]', en('statusOn'));
  await expect.poll(() => ext.badge()).toBe(en('badgeOn'));
  // From the popup: the switch is turned off only when the user asks.
  await popup.click('button[data-action="switch-off"]');
  await expectText(popup, '[data-testid="status"]', en('statusOff'));
  expect(linkedin.isOn()).toBe(false);
  expect((await ext.state()).prefs).toMatchObject({ mode: 'audit' }); // the preference stays
});

test('a failed save: every save rejected, three clicks at most over the loads, the failure shown, no success badge', async ({ ext }) => {
  const linkedin = await ext.linkedin({ saves: () => ({ delayMs: 300, ok: false }) });
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'save-rejected', clicks: 3 });
  expect(linkedin.log.clicks).toEqual(['target', 'target', 'target']);
  expect(linkedin.log.saves.map((save) => save.ok)).toEqual([false, false, false]);
  expect(linkedin.isOn()).toBe(true);
  expect(await switchStates(page)).toEqual({ target: true });
  await expect.poll(() => ext.badge()).toBe('!');
  expect((await ext.record()).known).toMatchObject({ state: 'on' });
  const popup = await ext.openPopup();
  await expectText(popup, '[role="alert"]', en('problemRejectedTitle'), 'contains');
  // The way by hand is at hand (collapsed, so the popup stays a glance).
  expect(await popup.text('[data-testid="manual-steps"] ol')).toContain('Data for Generative AI Improvement');
});
