// The switch, in every browser the extension ships for: one click from the popup, the
// page opened by hand, already off, audit only, a failed save.
import { settingsPage, TARGET_PATH } from '../../fixtures/replica.mjs';
import { LINKEDIN } from '../../support/harness-types';
import { en, expect, expectText, replicaLog, switchStates, test } from './fixture';

const TARGET_URL = LINKEDIN + TARGET_PATH;

test('one click from the popup opens the page in the background, shows progress, ends verified off', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ renderDelayMs: 1_500 }) });
  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="status"]', en('statusUnchecked'));
  await popup.click('button[data-action="audit"]');
  await expect.poll(() => popup.visible('[data-testid="progress"]')).toBe(true);
  await expect.poll(() => ext.badge()).toBe('…');
  await expectText(popup, '[data-testid="status"]', en('statusOff'));
  await expectText(popup, '[data-testid="status-sub"]', en('verifiedAgo', en('justNow')));
  expect(await ext.badge()).toBe('✓');
  const tab = await ext.tab(TARGET_URL);
  expect(await switchStates(tab)).toEqual({ target: false });
  expect((await replicaLog(tab)).clicks).toEqual(['target']);
  expect(await ext.state()).toMatchObject({ audit: { outcome: 'turned-off', source: 'popup' }, run: null });
});

test('the settings page opened by hand: the switch is turned off, with one click on it and nothing else', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage() });
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1, source: 'page' });
  expect(await switchStates(page)).toEqual({ target: false });
  const log = await replicaLog(page);
  expect(log.clicks).toEqual(['target']);
  expect(log.saves).toEqual([{ id: 'target', on: false }]);
  expect((await ext.state()).known).toMatchObject({ state: 'off' });
  expect(await ext.badge()).toBe('✓');
});

test('already off: reported as such, and not a single click', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ on: false }) });
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'already-off', clicks: 0 });
  expect((await replicaLog(page)).clicks).toEqual([]);
  expect(await switchStates(page)).toEqual({ target: false });
  expect(await ext.badge()).toBe('✓');
});

test('audit only: "on" is reported and left alone, on a page opened by hand and from the popup; "Switch it off now" then opts out', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: () => settingsPage() });
  const popup = await ext.openPopup();
  await popup.click('input[data-setting="audit-only"]');
  await expect.poll(async () => (await ext.state()).prefs).toMatchObject({ mode: 'audit' });
  // By hand.
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'left-on', clicks: 0 });
  expect((await replicaLog(page)).clicks).toEqual([]);
  expect(await switchStates(page)).toEqual({ target: true });
  await expectText(popup, '[data-testid="status"]', en('statusOn'));
  expect(await ext.badge()).toBe(en('badgeOn'));
  // From the popup: the switch is turned off only when the user asks.
  await popup.click('button[data-action="switch-off"]');
  await expectText(popup, '[data-testid="status"]', en('statusOff'));
  expect(await switchStates(await ext.tab(TARGET_URL))).toEqual({ target: false });
  expect((await ext.state()).prefs).toMatchObject({ mode: 'audit' }); // the preference stays
});

test('a failed save: every save rejected, two retries at most, the failure shown, no success badge', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ saveFailures: Infinity }) });
  const page = await ext.openPage(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'save-rejected', clicks: 3 });
  const log = await replicaLog(page);
  expect(log.clicks).toEqual(['target', 'target', 'target']);
  expect(log.failures).toBe(3);
  expect(await switchStates(page)).toEqual({ target: true });
  expect(await ext.badge()).toBe('!');
  expect((await ext.state()).known).toMatchObject({ state: 'on' });
  const popup = await ext.openPopup();
  await expectText(popup, '[role="alert"]', en('problemRejectedTitle'), 'contains');
  expect(await popup.evaluate(() => document.querySelector('[data-testid="manual-steps"]')?.hasAttribute('open'))).toBe(true);
});
