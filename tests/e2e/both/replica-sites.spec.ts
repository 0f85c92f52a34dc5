// What the services' specs take for granted from the neutral harness, in both browsers:
// another origin served as LinkedIn is (ext.site, which serveReplica uses), and the optional
// host grant they start from (ext.grantHost, ext.allowHostPrompt, ext.revokeHost). Each
// service's replica is checked by hand in its own spec (src/services/<id>/<id>.spec.ts).
import { expect, expectText, holdsHost, test } from './fixture';

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
