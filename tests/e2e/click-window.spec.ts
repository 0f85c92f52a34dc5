// A page that reloads itself (issue 37, finding 11): each load of a settings page opened by
// hand starts a check of its own, and each check may click three times. The clicks on one
// setting are also bounded over time, across every check and load (three in ten minutes,
// kept in storage, so a worker stopped and started again still counts them), and the user
// is told why we stopped clicking.
import { linkedInServer } from '../../src/services/linkedin/replica/server.mjs';
import { TARGET_PATH } from '../../src/services/linkedin/replica/replica.mjs';
import { replicaHandler } from '../support/harness-types';
import { expect, test, TARGET_URL } from './harness';

test('a settings page that reloads itself, with every save refused: three clicks at most, however many loads; the popup says why', async ({ ext }) => {
  test.setTimeout(120_000);
  // Every save fails and the page puts the switch back; the page also reloads itself 3 s after each load.
  const linkedin = linkedInServer({ saves: () => ({ ok: false, delayMs: 100 }) });
  const handle = replicaHandler(linkedin);
  await ext.serve(async (request) => {
    const answer = await handle(request);
    if (request.path !== TARGET_PATH || !answer.body) return answer;
    return { ...answer, body: answer.body.replace('</body>', '<script>setTimeout(() => location.reload(), 3000)</script></body>') };
  });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL); // opened by hand
  await expect.poll(() => linkedin.log.loads, { timeout: 60_000 }).toBeGreaterThanOrEqual(10);
  expect(linkedin.log.clicks.length).toBeGreaterThan(0);
  expect(linkedin.log.clicks.length).toBeLessThanOrEqual(3);
  expect(linkedin.isOn()).toBe(true);
  await expect.poll(async () => (await ext.record()).audit, { timeout: 20_000 }).toMatchObject({ outcome: 'save-rejected', detail: 'click-limit' });
  // Kept in storage: the bound does not live in the worker. Stopped and woken again by the
  // page's next loads, the worker still counts the three clicks.
  expect((await ext.state()).clickLog?.['generative-ai']).toHaveLength(3);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const loads = linkedin.log.loads;
  await expect.poll(() => linkedin.log.loads, { timeout: 30_000 }).toBeGreaterThanOrEqual(loads + 3);
  expect(linkedin.log.clicks.length).toBeLessThanOrEqual(3);
  await page.close();
  const popup = await ext.openPopup();
  await expect(popup.locator('.problem')).toContainText('We already clicked this switch 3 times in the last 10 minutes');
});
