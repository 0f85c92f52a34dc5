// The replicas of x.com and chatgpt.com, served in both browsers through the neutral harness
// (ext.site, serveReplica), used by hand with no action of the extension: what the
// services' specs take for granted. And the optional host grant (ext.grantHost) the
// services' specs start from.
import { CHATGPT, chatGptServer, DATA_CONTROLS_HASH } from '../../../src/services/chatgpt/replica.mjs';
import { GROK_PATH, X, xServer } from '../../../src/services/x/replica.mjs';
import { serveReplica } from '../../support/harness-types';
import { expect, expectText, holdsHost, switchStates, test } from './fixture';

test('x.com: a Grok box clicked by hand is saved, and a fresh load shows it; the ids are positional', async ({ ext }) => {
  const x = await serveReplica(ext, xServer({ order: ['grok-history', 'grok-training', 'grok-personalize'] }));
  const page = await ext.openPage(X + GROK_PATH);
  await page.click('input[type="checkbox"][data-replica-id="grok-training"]');
  await expect.poll(() => x.isOn('grok-training'), { timeout: 20_000 }).toBe(false);
  await page.close();
  const fresh = await ext.openPage(X + GROK_PATH);
  await expect.poll(() => switchStates(fresh), { timeout: 20_000 }).toEqual({ 'grok-history': true, 'grok-training': false, 'grok-personalize': true });
  expect(await fresh.evaluate(() => document.querySelector('[data-replica-id="grok-training"]')?.getAttribute('aria-describedby'))).toBe('CHECKBOX_2_LABEL');
  expect(x.log.clicks).toEqual(['grok-training']);
  expect(x.log.saves).toEqual([expect.objectContaining({ id: 'grok-training', on: false, ok: true })]);
  expect(x.log.loadsByPath[GROK_PATH]).toBe(2);
});

test('chatgpt.com: the Data controls route, its late dialog opened by hand, the switch saved and shown on a fresh load', async ({ ext }) => {
  const chatgpt = await serveReplica(ext, chatGptServer({ dialogDelayMs: 3_000 }));
  const page = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(page, '[data-testid="improve-model-open-modal-button"]', 'On');
  await page.click('[data-testid="improve-model-open-modal-button"]');
  expect(await page.visible('[data-testid="improve-model-toggle"]')).toBe(false); // not yet: it opens late (3 s: a click's round trip in Firefox can take most of a second)
  await page.click('button[role="switch"][data-testid="improve-model-toggle"]');
  await expect.poll(() => chatgpt.isOn('improve-model'), { timeout: 20_000 }).toBe(false);
  await page.click('[data-testid="improve-model-done-button"]');
  await expect.poll(() => page.visible('[data-testid="improve-model-toggle"]')).toBe(false);
  // The page tells the replica of each click by a request: closing it before that one is
  // answered would lose the click and leave a request without its tab.
  await expect.poll(() => chatgpt.log.clicks, { timeout: 20_000 }).toContain('done');
  await page.close();
  const fresh = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(fresh, '[data-testid="improve-model-open-modal-button"]', 'Off');
  expect(chatgpt.isOn('memory')).toBe(true);
  expect(chatgpt.log.clicks).toEqual(['improve-model-opener', 'improve-model', 'done']);
});

test('site() serves a page table at another origin, as serve() does for LinkedIn', async ({ ext }) => {
  await ext.site('https://chatgpt.com', { '/hello': '<h1 id="hello">served</h1>' });
  const page = await ext.openPage('https://chatgpt.com/hello');
  await expectText(page, '#hello', 'served');
  expect(await page.visible('[data-testid="improve-model-open-modal-button"]')).toBe(false);
});

test('grantHost grants an optional host through permissions.request (onAdded fires); revokeHost takes it back', async ({ ext }) => {
  expect(await holdsHost(ext, 'https://x.com/*')).toBe(false);
  expect(await holdsHost(ext, 'https://chatgpt.com/*')).toBe(false);
  const popup = await ext.openPopup();
  await popup.evaluate(() => {
    const browser = (globalThis as any).browser ?? (globalThis as any).chrome;
    (globalThis as any).__added = [];
    browser.permissions.onAdded.addListener((p: { origins?: string[] }) => (globalThis as any).__added.push(...(p.origins ?? [])));
  });
  await ext.grantHost('https://x.com');
  expect(await holdsHost(ext, 'https://x.com/*')).toBe(true);
  expect(await holdsHost(ext, 'https://chatgpt.com/*')).toBe(false);
  await expect.poll(() => popup.evaluate(() => (globalThis as any).__added)).toEqual(['https://x.com/*']);
  await ext.revokeHost('https://x.com');
  expect(await holdsHost(ext, 'https://x.com/*')).toBe(false);
});

test('allowHostPrompt: nothing is granted until the extension asks; then its own permissions.request, in a click, is answered Allow', async ({ ext }) => {
  await ext.allowHostPrompt('https://chatgpt.com');
  expect(await holdsHost(ext, 'https://chatgpt.com/*')).toBe(false);
  // A stand-in for the extension's own button: a click in its popup that asks for the host.
  const popup = await ext.openPopup();
  await popup.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'ask-host';
    button.textContent = 'ask';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;width:80px;height:30px';
    button.addEventListener('click', () => {
      const browser = (globalThis as any).browser ?? (globalThis as any).chrome;
      (globalThis as any).__asked = browser.permissions.request({ origins: ['https://chatgpt.com/*'] }).then(String, (e: Error) => e.message);
    });
    document.body.append(button);
  });
  await popup.click('#ask-host');
  await expect.poll(() => popup.evaluate(() => (globalThis as any).__asked), { timeout: 15_000 }).toBe('true');
  expect(await holdsHost(ext, 'https://chatgpt.com/*')).toBe(true);
  expect(await holdsHost(ext, 'https://x.com/*')).toBe(false);
});

test('signed out: x.com answers a settings page with a 302 to its sign-in flow; chatgpt.com shows its logged-out home', async ({ ext }) => {
  const x = await serveReplica(ext, xServer({ signedOut: true }));
  const chatgpt = await serveReplica(ext, chatGptServer({ signedOut: true }));
  // Firefox follows the 302 to the replica's sign-in page; in Chromium, Playwright does not
  // route a redirected request, so the load fails (as for the LinkedIn replica).
  const page = await ext.openPage(X + GROK_PATH).catch(() => null);
  expect(x.log.redirects).toEqual([{ path: GROK_PATH, to: `${X}/i/flow/login?redirect_after_login=${encodeURIComponent(GROK_PATH)}` }]);
  expect(x.log.paths).not.toContain(GROK_PATH);
  if (ext.browserName === 'firefox') await expectText(page!, 'h1', 'Sign in to X');
  const home = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(home, 'button[data-testid="login-button"]', 'Log in');
  expect(await home.visible('[role="dialog"]')).toBe(false);
  expect(chatgpt.log.paths).toEqual(['/']);
});
