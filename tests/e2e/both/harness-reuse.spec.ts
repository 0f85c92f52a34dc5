// The harness itself: in both browsers one browser serves a worker's tests in turn
// (Firefox: tests/support/firefox.ts, newExt; Chromium: tests/support/extension.mjs,
// openChromium). A test after one that left every kind of state behind (storage, session
// storage, a granted host, an alarm, a badge, a notification, a registered script, tabs)
// must see exactly what the first test saw of a fresh install.
import { expect, test } from './fixture';
import type { Ext } from '../../support/harness-types';
import { firstWriteDone } from '../harness';

async function snapshot(ext: Ext) {
  await firstWriteDone(ext);
  // The worker's first run at its start ends by drawing the badge (after its alarms): a
  // snapshot taken before that would catch it half done (seen once on a loaded machine).
  await expect.poll(() => ext.badge()).not.toBe('');
  const seen = await ext.extEval(async () => {
    const b = (globalThis as any).browser ?? (globalThis as any).chrome;
    return {
      local: await b.storage.local.get(null),
      session: await b.storage.session.get(null),
      permissions: await b.permissions.getAll(),
      alarms: (await b.alarms.getAll()).map((a: any) => a.name).sort(),
      badge: await b.action.getBadgeText({}),
      notifications: Object.keys(await b.notifications.getAll()),
      scripts: (await b.scripting.getRegisteredContentScripts()).map((s: any) => s.id),
      tabs: (await b.tabs.query({})).map((t: any) => String(t.url).replace(/^(moz|chrome)-extension:\/\/[^/]+/, 'extension:')).sort(),
    };
  });
  seen.local.reminders.installedAt = 'at install';
  // The re-check schedule counts from the install too (background/recheck.ts).
  if (typeof seen.local.reminders.recheckedAt === 'number') seen.local.reminders.recheckedAt = 'at install';
  return seen;
}

let fresh: Awaited<ReturnType<typeof snapshot>> | null = null;
test.describe.configure({ mode: 'serial' });

test('a test that leaves every kind of state behind', async ({ ext }) => {
  fresh = await snapshot(ext);
  await ext.grantHost('https://x.com');
  await ext.extEval(async () => {
    const b = (globalThis as any).browser ?? (globalThis as any).chrome;
    await b.storage.local.set({ left: 1 });
    await b.storage.session.set({ left: 1 });
    await b.alarms.create('left', { delayInMinutes: 5 });
    await b.action.setBadgeText({ text: 'L' });
    await b.notifications.create('left', { type: 'basic', title: 'left', message: 'left', iconUrl: 'icons/icon-48.png' });
    await b.scripting.registerContentScripts([{ id: 'left', matches: ['https://x.com/*'], js: ['manifest.json'] }]);
  });
  const dirty = await snapshot(ext);
  expect(dirty).toMatchObject({ local: { left: 1 }, session: { left: 1 }, badge: 'L' });
  expect(dirty.scripts).toContain('left'); // beside the extension's own, registered for the granted host
  expect(dirty.alarms).toContain('left');
  expect(dirty.notifications).toContain('left');
  expect(dirty.permissions.origins).toContain('https://x.com/*');
  await ext.serve({ '/feed/': '<h1>Feed</h1>' });
  await ext.openPage('https://www.linkedin.com/feed/');
});

test('the next test sees a fresh install', async ({ ext }) => {
  expect(fresh).not.toBeNull();
  expect(await snapshot(ext)).toEqual(fresh);
});
