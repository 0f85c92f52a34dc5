// "Check everything I added" (issue 35) and the user left where they were (issue 36), in
// every browser the extension ships for: LinkedIn's AI switch, X and ChatGPT checked side
// by side in background tabs, each row verified by its own fresh load and nothing but the
// targets clicked; the tab the user was on stays in front and every tab the check opened
// closes; a tab closed mid-check ends only its own rows, with the problem shown on X's card.
import { CHATGPT, chatGptServer } from '../../../src/services/chatgpt/replica.mjs';
import { X, X_PRIVACY_IDS, xServer } from '../../../src/services/x/replica.mjs';
import { SETTING_HOOKS } from '../../../src/services/linkedin/replica/pages.mjs';
import { serveReplica, type View } from '../../support/harness-types';
import { en, expect, expectText, test } from './fixture';
import { checkEnd, recordOf } from './service-steps';

const X_TARGETS = ['grok-training', ...X_PRIVACY_IDS];

/** From the options page (the user's tab): its own tab, the active one, and how many tabs are open. */
const tabs = (options: View) =>
  options.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const all = await api.tabs.query({});
    const [active] = await api.tabs.query({ active: true, currentWindow: true });
    return { mine: (await api.tabs.getCurrent())?.id as number, active: active?.id as number, count: all.length as number };
  });

const checkAll = (options: View) =>
  options.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'services/check-all' }));

test('LinkedIn, X and ChatGPT added: checked side by side, each verified off, only targets clicked; the user’s tab stays in front and ours close', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const linkedin = await ext.linkedin();
  const x = await serveReplica(ext, xServer());
  const chatgpt = await serveReplica(ext, chatGptServer());
  await ext.grantHost(X);
  await ext.grantHost(CHATGPT);
  const options = await ext.openOptions('services');
  const before = await tabs(options);
  expect(before.active).toBe(before.mine);

  await checkAll(options);
  // Side by side: runs of more than one service at once, a service never over three tabs.
  let most = 0;
  await expect
    .poll(
      async () => {
        const runs: { service: string }[] = (await ext.state()).runs ?? [];
        for (const id of new Set(runs.map((r) => r.service))) expect(runs.filter((r) => r.service === id).length).toBeLessThanOrEqual(3);
        most = Math.max(most, new Set(runs.map((r) => r.service)).size);
        return most;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBeGreaterThan(1);
  // While it runs, the user's tab is still the one in front.
  expect((await tabs(options)).active).toBe(before.mine);

  expect(await checkEnd(ext, 'x')).toBe('done');
  expect(await checkEnd(ext, 'chatgpt')).toBe('done');
  await expect.poll(async () => (await ext.record()).audit?.outcome ?? null, { timeout: 60_000 }).toBe('turned-off');
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 30_000 }).toEqual([]);

  // Each verified off by its own fresh load, and nothing but the targets clicked.
  expect(linkedin.clickedHooks()).toEqual([SETTING_HOOKS['generative-ai']]);
  for (const box of X_TARGETS) expect(x.isOn(box), box).toBe(false);
  expect([...x.log.clicks].sort()).toEqual([...X_TARGETS].sort());
  for (const path of new Set(Object.keys(x.log.loadsByPath))) expect(x.log.loadsByPath[path], path).toBeGreaterThanOrEqual(2);
  expect(chatgpt.isOn('improve-model')).toBe(false);
  expect(await recordOf(ext, 'chatgpt-training')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  expect(chatgpt.log.clicks.filter((c: string) => c === 'improve-model')).toHaveLength(1);
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('privacyCounts', '5', '5'), 'contains');
  await expectText(options, '[data-service="chatgpt"] [data-testid="service-line"]', en('privacyCounts', '1', '1'), 'contains');

  // Back where they were: the user's tab in front, every tab the check opened closed.
  await expect.poll(async () => (await tabs(options)).count, { timeout: 10_000 }).toBe(before.count);
  expect((await tabs(options)).active).toBe(before.mine);
});

test('a tab closed mid-check ends only its rows: X says the check was interrupted, LinkedIn and ChatGPT end verified', async ({ ext }) => {
  test.setTimeout(180_000);
  await ext.linkedin();
  // X renders slowly, so its tabs are still checking when one is closed.
  await serveReplica(ext, xServer({ renderDelayMs: 1_500 }));
  const chatgpt = await serveReplica(ext, chatGptServer());
  await ext.grantHost(X);
  await ext.grantHost(CHATGPT);
  const options = await ext.openOptions('services');
  const before = await tabs(options);
  await checkAll(options);
  let closed: { tabId: number; rows: { id: string }[]; target: { row?: string } } | undefined;
  await expect
    .poll(
      async () => {
        const xs = (((await ext.state()).runs ?? []) as (NonNullable<typeof closed> & { service: string })[]).filter((r) => r.service === 'x');
        closed = xs.find((r) => r.target?.row !== undefined);
        return xs.length;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBeGreaterThan(1);
  const gone = closed!.target.row!;
  await options.evaluate((id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.remove(id), closed!.tabId);

  expect(await checkEnd(ext, 'x')).toBe('interrupted');
  expect(await recordOf(ext, gone)).toMatchObject({ audit: { outcome: 'interrupted', detail: 'tab-closed' } });
  // The other X tabs went on: at least one other X row verified off.
  const others = [];
  for (const id of ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'].filter((id) => id !== gone))
    others.push((await recordOf(ext, id))?.audit?.outcome);
  expect(others).toContain('turned-off');
  expect(await checkEnd(ext, 'chatgpt')).toBe('done');
  expect(chatgpt.isOn('improve-model')).toBe(false);
  await expect.poll(async () => (await ext.record()).audit?.outcome ?? null, { timeout: 60_000 }).toBe('turned-off');
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('privacyEndedInterrupted'));
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 30_000 }).toEqual([]);
  await expect.poll(async () => (await tabs(options)).count, { timeout: 10_000 }).toBe(before.count);
  expect((await tabs(options)).active).toBe(before.mine);
});
