// The neutral harness (harness-types.ts) in Chromium: Playwright with the unpacked build
// from dist/, as tests/e2e/harness.ts launches it for the Chromium-only specs.
import { expect, type Page } from '@playwright/test';
import { makeExt, type Ext as ChromiumExt } from '../e2e/harness';
import { LINKEDIN, objectionIn, recordIn, type Ext, type View } from './harness-types';
import { panelIn } from './panel';

function viewOf(page: Page): View {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg),
    text: async (selector) => {
      const found = page.locator(selector).first();
      return (await found.count()) ? ((await found.textContent()) ?? '').trim() : null;
    },
    visible: (selector) => page.locator(selector).first().isVisible(),
    click: (selector) => page.locator(selector).first().click(),
    fill: async (selector, value) => {
      const field = page.locator(selector).first();
      await field.fill(value);
      await field.blur();
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    panel: () => panelIn(page),
    close: () => page.close(),
  };
}

/** The neutral harness over `given` (the extension installed in a shared Chromium), else over a Chromium of its own. */
export async function launchChromium(given?: ChromiumExt): Promise<Ext> {
  const ext = given ?? (await makeExt());
  const { context } = ext;
  const views = new WeakMap<Page, View>();
  const view = (page: Page) => {
    if (!views.has(page)) views.set(page, viewOf(page));
    return views.get(page)!;
  };
  const matching = (prefix: string) => context.pages().filter((p) => !p.isClosed() && p.url().startsWith(prefix));
  const { extPage } = ext;
  const holds = async (pattern: string) =>
    (await (await extPage()).evaluate((host) => (globalThis as any).chrome.permissions.contains({ origins: [host] }), pattern)) === true;
  /** chrome://extensions, where the user's site-access choices are made (developerPrivate). */
  const extensionsPage = async (fn: (input: { id: string; host: string }) => Promise<unknown>, host = '') => {
    const page = await context.newPage();
    try {
      await page.goto('chrome://extensions/');
      await page.evaluate(fn, { id: ext.extensionId, host });
    } finally {
      await page.close();
    }
  };
  // A site allowed in chrome://extensions is granted without a prompt when the extension asks.
  const allowHostPrompt = (origin: string) =>
    extensionsPage(({ id, host }) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, host), `${new URL(origin).origin}/*`);
  return {
    browserName: 'chromium',
    serve: (handler) => ext.serve(handler),
    linkedin: (options) => ext.linkedin(options),
    site: (origin, handler) => ext.site(origin, handler),
    async openOptions(section) {
      const page = await ext.openOptions(section);
      await page.locator('main.options').waitFor();
      return view(page);
    },
    record: async () => recordIn(await ext.state()),
    objection: async () => objectionIn(await ext.state()),
    async openPopup() {
      const page = await ext.openPopup();
      await page.locator('main.popup').waitFor();
      return view(page);
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return view(page);
    },
    async tab(prefix) {
      await expect.poll(() => matching(prefix).length, { timeout: 20_000 }).toBeGreaterThan(0);
      return view(matching(prefix)[0]!);
    },
    tabs: (prefix) => matching(prefix).map(view),
    extEval: async (fn, arg) => (await extPage()).evaluate(fn as any, arg),
    state: () => ext.state(),
    badge: () => ext.badge(),
    toolbar: () => ext.toolbar(),
    auditOutcome: () => ext.auditOutcome(),
    externalRequests: async () => ext.externalRequests(),
    async requestFromExtension(url) {
      await ext.worker.evaluate((u) => fetch(u).catch(() => null), url);
      await (await extPage()).evaluate((u) => fetch(u).catch(() => null), url);
    },
    async withholdLinkedInAccess() {
      await extensionsPage(({ id }) => (globalThis as any).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }));
    },
    async allowAccessPrompt() {
      await extensionsPage(({ id, host }) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, host), `${LINKEDIN}/*`);
    },
    async grantHost(origin) {
      const pattern = `${new URL(origin).origin}/*`;
      await allowHostPrompt(origin);
      // A request that shows a prompt never settles in headless Chromium: give up with a reason.
      const answer = await (await extPage()).evaluate(
        (host) =>
          Promise.race([
            (globalThis as any).chrome.permissions.request({ origins: [host] }).then(String, (error: Error) => `error: ${error.message}`),
            new Promise((resolve) => setTimeout(() => resolve('no answer: the browser is showing a prompt'), 10_000)),
          ]),
        pattern,
      );
      if (answer !== 'true' || !(await holds(pattern)))
        throw new Error(`Chromium did not grant ${pattern} (${answer}): is it in the manifest's optional_host_permissions?`);
    },
    allowHostPrompt,
    async revokeHost(origin) {
      const pattern = `${new URL(origin).origin}/*`;
      await extensionsPage(({ id, host }) => (globalThis as any).chrome.developerPrivate.removeHostPermission(id, host), pattern);
      if (await holds(pattern)) throw new Error(`Chromium kept ${pattern}`);
    },
    close: () => ext.close(),
  };
}
