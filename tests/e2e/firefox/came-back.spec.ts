// Firefox only, as ./notification.spec.ts: its notifications have no buttons, so the
// "came back on" notification itself is pressed; it opens the service's card, where its
// switch-off button is (offered, not done). Headless Chromium cannot click a notification;
// its button is wired to the same handler (background/came-back.ts).
import { expect } from '@playwright/test';
import { launchFirefox } from '../../support/firefox';
import { withBrowsers as test } from '../harness';

test('pressing the "came back on" notification opens the options page at the service’s card, in front, with nothing switched', async () => {
  const ext = await launchFirefox();
  try {
    await ext.grantHost('https://x.com');
    const record = (state: 'on' | 'off', at: number) => ({ audit: null, known: { state, at }, page: null });
    const store = (data: Record<string, unknown>) => ext.extEval((d) => (globalThis as any).browser.storage.local.set(d), data);
    await store({ settings: { 'x-grok': record('off', Date.now() - 86_400_000) } });
    await expect.poll(async () => (await ext.state()).settings?.['x-grok']?.known?.state).toBe('off');
    await store({ settings: { 'x-grok': record('on', Date.now()) } });
    await expect.poll(async () => (await ext.toolbar()).notifications, { timeout: 15_000 }).toEqual(['came-back:x-grok']);

    await ext.clickNotification('came-back:x-grok');
    // The tab the worker opened (the harness follows only the tabs it opens itself): the card's address, in front.
    const url = await ext.extEval(() => (globalThis as any).browser.runtime.getURL('src/options/index.html#service-x'));
    const tabs = () =>
      ext.extEval(async () => (await (globalThis as any).browser.tabs.query({})).map((t: any) => [t.url ?? '', t.active] as [string, boolean]));
    await expect.poll(async () => (await tabs()).filter(([u]: [string, boolean]) => u.includes('/src/options/'))).toEqual([[url, true]]);
    // What that address shows: the card, its line, and its switch-off button.
    const options = await ext.openOptions('service-x');
    await expect.poll(() => options.visible('#service-x [data-setting-row="x-grok"] [data-testid="came-back"]')).toBe(true);
    await expect.poll(() => options.visible('#service-x button[data-action="check-service"]')).toBe(true);
    expect((await ext.toolbar()).notifications).toEqual([]);
    expect((await ext.state()).runs ?? []).toEqual([]); // the user presses the card's button: nothing started for them
  } finally {
    await ext.close();
  }
});
