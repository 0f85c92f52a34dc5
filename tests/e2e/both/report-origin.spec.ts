// A report is about a setting of the sender's own site (issue 37, finding 7), in both
// browsers: a script of ours in an x.com tab (where the user added X, and no check runs)
// that says LinkedIn's AI setting reads "off" writes nothing; the same words from a
// LinkedIn page are recorded, which shows the message did reach the worker.
import type { Ext } from '../../support/harness-types';
import { expect, test } from './fixture';

/** Send `message` to the worker from our content-script world in the first tab at `origin`, as a script of ours there would. */
function sendFromTab(ext: Ext, origin: string, message: unknown) {
  return ext.extEval(
    async ({ origin, message }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ url: `${origin}/*` });
      await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: (m: unknown) => {
          const rt = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
          return rt.sendMessage(m).then(
            () => 'sent',
            () => 'sent',
          );
        },
        args: [message],
      });
    },
    { origin, message },
  );
}

const LINKEDIN_OFF = {
  type: 'audit/report',
  path: '/mypreferences/d/settings/data-for-ai-improvement',
  settingId: 'generative-ai',
  report: { kind: 'read', state: 'off' },
  found: [],
  seen: null,
  fresh: true,
};

test('a report of LinkedIn’s setting from an x.com page is not recorded; from LinkedIn’s own page it is', async ({ ext }) => {
  await ext.site('https://x.com', { '/home': '<!doctype html><html><body><h1>Home</h1></body></html>' });
  await ext.serve({ '/feed/': '<!doctype html><html><body><h1>Feed</h1></body></html>' });
  await ext.grantHost('https://x.com');
  await ext.openPage('https://x.com/home');
  await sendFromTab(ext, 'https://x.com', LINKEDIN_OFF);
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // time for the worker to have written, had it taken it
  expect((await ext.record()).audit).toBeNull();
  expect((await ext.record()).known).toBeNull();

  // The positive control: the same words from LinkedIn's own site are taken.
  await ext.openPage('https://www.linkedin.com/feed/');
  await sendFromTab(ext, 'https://www.linkedin.com', LINKEDIN_OFF);
  await expect.poll(async () => (await ext.record()).audit?.outcome ?? null, { timeout: 10_000 }).toBe('already-off');
});
