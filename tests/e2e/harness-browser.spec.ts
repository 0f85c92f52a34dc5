// The test Chromium itself. It is started through tests/support/chromium-features.sh, which
// merges Playwright's --disable-features with the tests' own (Chromium keeps only the last
// list given): both lists must hold, or a run either pays for the omnibox popup again or
// loses a setting Playwright needs. And a browser living at another date cleans up after
// libfaketime.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atDate } from '../support/extension.mjs';
import { expect, makeExt, test } from './harness';

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

test('a browser at another date leaves no libfaketime files behind once closed (a running process keeps its own)', async () => {
  const ext = await makeExt({ env: atDate('2025-10-20 10:00:00') });
  // Stand-ins: the files of a process that has ended, and of one still running (this one).
  const ended = spawnSync('true').pid;
  const files = [`faketime_shm_${ended}`, `sem.faketime_sem_${ended}`, `faketime_shm_${process.pid}`];
  for (const file of files) writeFileSync(join('/dev/shm', file), '');
  try {
    expect(readdirSync('/dev/shm').filter((name) => name.startsWith('faketime_shm_')).length, 'the browser keeps its clock there').toBeGreaterThan(1);
    await ext.context.close();
    const left = readdirSync('/dev/shm');
    expect(files.filter((file) => left.includes(file))).toEqual([`faketime_shm_${process.pid}`]);
  } finally {
    for (const file of files) rmSync(join('/dev/shm', file), { force: true });
  }
});
