// The browser says no to a permission the extension asks for: the popup's request for
// LinkedIn (access withheld) and the options page's request for a service's host. Each
// tells the user, in words, that access was not given and what to do; nothing is started,
// granted or opened.
//
// A test cannot press "Deny" on the real prompt (headless Chromium's prompt never settles;
// Firefox's pref can only allow). Both browsers also refuse a request made outside a user's
// click, and the extension answers that refusal with the same message: so the button is
// clicked from a timer, once the page's transient user activation (which the harness's own
// actions may have given it, and which lasts about 5 s) has run out.
import { xServer } from '../../../src/services/x/replica.mjs';
import { serveReplica, type View } from '../../support/harness-types';
import { en, expect, expectText, holdsHost, test } from './fixture';

/** Click `selector` as no user did: once the page holds no transient user activation. */
async function clickWithoutUser(view: View, selector: string): Promise<void> {
  const clicked = await view.evaluate(
    (selector) =>
      new Promise<string>((resolve) => {
        const until = Date.now() + 15_000;
        const timer = setInterval(() => {
          const active = (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? false;
          if (active && Date.now() < until) return;
          clearInterval(timer);
          const target = document.querySelector<HTMLElement>(selector);
          if (active) resolve('the page kept its user activation');
          else if (!target) resolve(`no ${selector}`);
          else {
            target.click();
            resolve('clicked');
          }
        }, 100);
      }),
    selector,
  );
  expect(clicked).toBe('clicked');
}

test('access to LinkedIn refused by the browser: the popup says so and how to allow it; nothing is checked', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  await ext.withholdLinkedInAccess();
  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="access"]', en('accessTitle'), 'contains');
  expect(await popup.visible('[data-testid="access-declined"]')).toBe(false);

  await clickWithoutUser(popup, 'button[data-action="allow-access"]');
  await expectText(popup, '[data-testid="access-declined"]', en('accessDeclined'));
  // The way forward stays: the button to ask again.
  expect(await popup.visible('button[data-action="allow-access"]')).toBe(true);
  expect(await holdsHost(ext, 'https://www.linkedin.com/*')).toBe(false);
  const state = await ext.state();
  expect(state.runs ?? []).toEqual([]);
  expect((await ext.record()).audit).toBeNull();
  expect(linkedin.log.loadsByPath).toEqual({});
});

test('a service whose host the browser refuses: "not added", in its name; nothing granted, registered or opened', async ({ ext }) => {
  const x = await serveReplica(ext, xServer());
  const options = await ext.openOptions('services');
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('serviceNotAdded'));

  await clickWithoutUser(options, '[data-service="x"] button[data-action="add-service"]');
  await expectText(options, '[data-service="x"] [data-testid="service-declined"]', en('serviceDeclined', 'X'));
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('serviceNotAdded'));
  expect(await options.visible('[data-service="x"] button[data-action="add-service"]')).toBe(true);
  expect(await holdsHost(ext, 'https://x.com/*')).toBe(false);
  const scripts = await ext.extEval(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []);
  });
  expect(scripts.filter((m: string) => m.includes('x.com'))).toEqual([]);
  const state = await ext.state();
  expect(state.runs ?? []).toEqual([]);
  expect(state.checks?.x ?? null).toBeNull();
  expect(ext.tabs('https://x.com')).toEqual([]);
  expect(x.log.paths).toEqual([]);
});
