// Host access to LinkedIn: granted at install in both browsers (Firefox 153 grants the
// host permission of a temporary add-on), and withheld as a user can withhold it.
import { TARGET_PATH } from '../../../src/services/linkedin/replica/replica.mjs';
import { type Ext, LINKEDIN } from '../../support/harness-types';
import { en, expect, expectText, holdsHost, test } from './fixture';

const hasAccess = (ext: Ext) => holdsHost(ext, `${LINKEDIN}/*`);

test('with access, the popup asks for nothing and offers the audit', async ({ ext }) => {
  expect(await hasAccess(ext)).toBe(true);
  const popup = await ext.openPopup();
  await expect.poll(() => popup.visible('button[data-action="audit"]')).toBe(true);
  expect(await popup.visible('[data-testid="access"]')).toBe(false);
});

test('access withheld: the popup explains it; the button asks, and the grant starts the audit the user asked for', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  await ext.withholdLinkedInAccess();
  expect(await hasAccess(ext)).toBe(false);
  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="access"]', en('accessTitle'), 'contains');
  await expectText(popup, '[data-testid="access"]', en('accessBody'), 'contains');
  expect(await popup.visible('button[data-action="audit"]')).toBe(false);
  expect((await ext.record()).audit).toBeNull();

  await popup.click('button[data-action="allow-access"]');
  await ext.allowAccessPrompt();
  // The worker carries on from permissions.onAdded (in Chromium the prompt closes the popup).
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1, source: 'popup' });
  expect(await hasAccess(ext)).toBe(true);
  expect(linkedin.isOn()).toBe(false);
  await expect.poll(() => ext.badge()).toBe('✓');
  const reopened = await ext.openPopup();
  await expectText(reopened, '[data-testid="status"]', en('statusOff'));
  expect(await reopened.visible('[data-testid="access"]')).toBe(false);
  // The check's tab was ours: closed at its end, the user left where they were.
  await expect.poll(() => ext.tabs(LINKEDIN + TARGET_PATH)).toHaveLength(0);
});
