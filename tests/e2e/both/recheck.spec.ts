// The re-check schedule (issue 36): one choice for every added service (off, weekly,
// monthly), LinkedIn's old re-check reminder migrated into it; at its time the worker reads
// what the user added, never clicking; a setting found on again after it was verified off
// is a notification of its own and a line on its card, until verified off again. The
// schedule's time is brought about by the stored dates (installed 40 days ago), as the
// reminder tests do: the worker looks at every storage change.
import { LINKEDIN } from '../../support/harness-types';
import type { Ext } from '../../support/harness-types';
import { en, expect, expectText, test } from './fixture';

const DAY = 86_400_000;
/** The card's line up to its date (the date is in the browser's own format). */
const CAME_BACK = en('cameBackLine', '\u0000').split('\u0000')[0]!;

/** The fresh install's own first writes (its reminders, the schedule's start) are done: a test's data is not written over. */
const settled = (ext: Ext) => expect.poll(async () => (await ext.state()).reminders?.recheckedAt ?? null).not.toBeNull();
const store = (ext: Ext, data: Record<string, unknown>) =>
  ext.extEval(async (d) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.local.set(d);
  }, data);
const alarmAt = async (ext: Ext, name: string) => (await ext.toolbar()).alarms.find((a) => a.name === name)?.scheduledTime ?? null;
const notifications = async (ext: Ext) => (await ext.toolbar()).notifications;
const off = (at: number) => ({ audit: { outcome: 'turned-off', at, source: 'popup', clicks: 1 }, known: { state: 'off', at }, page: null });
const on = (at: number) => ({ audit: { outcome: 'left-on', at, source: 'page', clicks: 0 }, known: { state: 'on', at }, page: null });

test('the schedule on the options page: LinkedIn’s weekly re-check reminder, stored by an older version, is the weekly re-check; off removes its alarm', async ({
  ext,
}) => {
  const installedAt = Date.now() - DAY;
  await settled(ext);
  await store(ext, {
    schemaVersion: 6,
    prefs: { mode: 'optout', muted: true, snoozeUntil: null, recheckDays: 7, chosen: null },
    reminders: { installedAt, last: null, recheckedAt: installedAt },
  });
  await expect.poll(async () => (await ext.state()).prefs).toEqual({ mode: 'optout', muted: true, snoozeUntil: null, recheck: 'weekly', chosen: null });
  expect((await ext.state()).schemaVersion).toBe(7);
  await expect.poll(() => alarmAt(ext, 'recheck')).toBe(installedAt + 7 * DAY);

  const options = await ext.openOptions('reminders');
  const select = '[data-testid="reminders"] select[data-setting="recheck"]';
  await expectText(options, `${select} option:checked`, en('recheckWeekly'));
  await expectText(options, '[data-testid="reminders"] label.select', en('remindersRecheck'), 'contains');
  // Muting reminders leaves the schedule as it is: a re-check is not a reminder.
  expect(await options.evaluate((s) => document.querySelector<HTMLSelectElement>(s)!.disabled, select)).toBe(false);
  await options.evaluate((s) => {
    const el = document.querySelector<HTMLSelectElement>(s)!;
    el.value = 'off';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, select);
  await expect.poll(async () => (await ext.state()).prefs.recheck).toBe('off');
  await expect.poll(() => alarmAt(ext, 'recheck')).toBeNull();
  expect((await ext.state()).prefs.muted).toBe(true);
});

test('a scheduled re-check reads LinkedIn’s AI switch without a click; found on again, it is a notification and a line on its row', async ({ ext }) => {
  const linkedin = await ext.linkedin(); // the replica's switch is on: LinkedIn turned it back on
  await settled(ext);
  const now = Date.now();
  const verifiedOff = now - 35 * DAY;
  await store(ext, {
    schemaVersion: 7,
    prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null },
    settings: { 'generative-ai': off(verifiedOff) },
    reminders: { installedAt: now - 40 * DAY, last: null, recheckedAt: now - 40 * DAY },
  });
  await expect.poll(async () => (await ext.record()).known?.state, { timeout: 20_000 }).toBe('on');
  expect((await ext.record()).audit).toMatchObject({ outcome: 'left-on', clicks: 0 });
  expect(linkedin.log.clicks).toEqual([]); // read only, though the user's mode is to switch off
  expect(linkedin.log.saves).toEqual([]);
  const state = await ext.state();
  expect(state.cameBack).toEqual({ 'generative-ai': { since: verifiedOff, at: state.settings['generative-ai'].known.at } });
  await expect.poll(() => notifications(ext)).toContain('came-back:generative-ai');
  // Done for this period: the next one a month after it started.
  const recheckedAt = state.reminders.recheckedAt as number;
  expect(recheckedAt).toBeGreaterThanOrEqual(now);
  await expect.poll(() => alarmAt(ext, 'recheck')).toBe(recheckedAt + 30 * DAY);

  const options = await ext.openOptions('privacy');
  await expectText(options, '[data-setting-row="generative-ai"] [data-testid="came-back"]', CAME_BACK, 'contains');
});

test('another service’s setting found on again: its notification, its card’s line; verified off again, both gone', async ({ ext }) => {
  await ext.grantHost('https://x.com');
  const verifiedOff = Date.now() - 10 * DAY;
  await store(ext, { settings: { 'x-grok': off(verifiedOff) } });
  await expect.poll(async () => (await ext.state()).settings?.['x-grok']?.known?.state).toBe('off');
  const options = await ext.openOptions('services');
  expect(await options.visible('[data-setting-row="x-grok"] [data-testid="came-back"]')).toBe(false);

  const foundOn = Date.now();
  await store(ext, { settings: { 'x-grok': on(foundOn) } });
  await expect.poll(() => notifications(ext)).toEqual(['came-back:x-grok']);
  expect((await ext.state()).cameBack).toEqual({ 'x-grok': { since: verifiedOff, at: foundOn } });
  await expectText(options, '#service-x [data-setting-row="x-grok"] [data-testid="came-back"]', CAME_BACK, 'contains');

  await store(ext, { settings: { 'x-grok': off(foundOn + 1) } });
  await expect.poll(async () => (await ext.state()).cameBack).toEqual({});
  await expect.poll(() => notifications(ext)).toEqual([]);
  await expect.poll(() => options.visible('[data-setting-row="x-grok"] [data-testid="came-back"]')).toBe(false);
});

test('a scheduled re-check with nothing added (LinkedIn’s access withheld, no service granted): nothing runs, no tab', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  await ext.withholdLinkedInAccess();
  await settled(ext);
  await store(ext, {
    settings: { 'generative-ai': off(Date.now() - 35 * DAY) },
    reminders: { installedAt: Date.now() - 40 * DAY, last: null, recheckedAt: Date.now() - 40 * DAY },
  });
  // The re-check was due and is done with: the date is written, then nothing else happens.
  await expect.poll(async () => (await ext.state()).reminders?.recheckedAt ?? 0).toBeGreaterThan(Date.now() - DAY);
  await new Promise((r) => setTimeout(r, 1_500));
  expect(ext.tabs(LINKEDIN)).toEqual([]);
  expect(linkedin.log.loadsByPath).toEqual({});
  const state = await ext.state();
  expect(state.runs ?? []).toEqual([]);
  expect(state.settings['generative-ai'].known.state).toBe('off');
});
