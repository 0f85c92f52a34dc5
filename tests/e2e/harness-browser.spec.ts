// The test Chromium itself: it is started through tests/support/chromium-features.sh, which
// merges Playwright's --disable-features with the tests' own (Chromium keeps only the last
// list given). Both lists must hold, or a run either pays for the omnibox popup again or
// loses a setting Playwright needs.
import { expect, test } from './harness';

test('the tests’ Chromium keeps Playwright’s switched-off features and its own: no HTTPS upgrade, no omnibox popup page', async ({ ext }) => {
  const page = await ext.context.newPage();
  const asked: string[] = [];
  await page.route('**/*', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<p>plain</p>' });
  });
  await page.goto('http://www.example.org/');
  // Playwright's list: HttpsUpgrades off, so the page is asked for as typed.
  expect(asked[0]).toBe('http://www.example.org/');
  // Ours: the omnibox's WebUI popup is never created.
  const browser = ext.context.browser();
  expect(browser, 'the shared Chromium gives its browser').not.toBeNull();
  const cdp = await browser!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  expect(targetInfos.length).toBeGreaterThan(0);
  expect(targetInfos.map((t) => t.url).filter((url) => url.startsWith('chrome://omnibox-popup'))).toEqual([]);
});
