// Firefox only: its notifications have no buttons, so a click on the reminder itself opts
// out. (Headless Chromium cannot click a notification at all; its button path is wired
// the same way and untested in a browser.)
import { TARGET_PATH } from '../../../src/services/linkedin/replica/replica.mjs';
import { launchFirefox } from '../../support/firefox';
import { LINKEDIN } from '../../support/harness-types';
import { expect } from '@playwright/test';
import { withBrowsers as test } from '../harness';

test('a click on a reminder notification opens the settings page in front and opts out', async () => {
  const ext = await launchFirefox();
  try {
    const linkedin = await ext.linkedin();
    // A profile installed before the deadline (3 November 2025): the worker owes a reminder
    // now, and shows it as soon as storage changes.
    await ext.extEval(() => (globalThis as any).browser.storage.local.set({ reminders: { installedAt: Date.parse('2025-10-01T00:00:00Z'), last: null } }));
    let shown: string[] = [];
    await expect.poll(async () => (shown = (await ext.toolbar()).notifications).length, { timeout: 15_000 }).toBe(1);
    expect(shown[0]).toMatch(/^reminder:/);
    expect((await ext.record()).audit).toBeNull();

    await ext.clickNotification(shown[0]!);
    expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
    const tab = await ext.tab(LINKEDIN + TARGET_PATH);
    expect(await tab.evaluate(() => document.visibilityState)).toBe('visible'); // opened in front
    expect((await ext.toolbar()).notifications).toEqual([]);
    expect(linkedin.isOn()).toBe(false);
    await expect.poll(() => ext.badge()).toBe('✓');
    expect(await ext.externalRequests()).toEqual([]);
  } finally {
    await ext.close();
  }
});

test('LinkedIn’s access withheld: a click on the reminder opens no LinkedIn tab, but the popup’s page, which asks for it', async () => {
  const ext = await launchFirefox();
  try {
    const linkedin = await ext.linkedin();
    await ext.withholdLinkedInAccess();
    await ext.extEval(() => (globalThis as any).browser.storage.local.set({ reminders: { installedAt: Date.parse('2025-10-01T00:00:00Z'), last: null } }));
    let shown: string[] = [];
    await expect.poll(async () => (shown = (await ext.toolbar()).notifications).length, { timeout: 15_000 }).toBe(1);
    await ext.clickNotification(shown[0]!);
    // One tab, the popup's page (its access request is declined.spec's), in front.
    const tabs = () =>
      ext.extEval(async () => (await (globalThis as any).browser.tabs.query({})).map((t: any) => [t.url ?? '', t.active] as [string, boolean]));
    await expect
      .poll(async () => (await tabs()).filter(([url]: [string, boolean]) => url.endsWith('/src/popup/index.html')))
      .toEqual([[expect.any(String), true]]);
    expect(linkedin.log.loadsByPath).toEqual({});
    expect((await ext.state()).runs ?? []).toEqual([]);
  } finally {
    await ext.close();
  }
});
