// The deadline tracker, with the whole browser living at chosen dates (libfaketime; see
// atDate). Badge, alarms and notifications are read from the extension as it left them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TARGET_PATH } from '../../src/services/linkedin/replica/replica.mjs';
import { atDate } from '../support/extension.mjs';
// Each test launches its browser at its own date (makeExt): the harness's shared one is never opened here.
import { expect, makeExt, test, type Ext } from './harness';

const CALM = [95, 99, 104, 255];
const WARN = [180, 83, 9, 255];
const ALERT = [197, 34, 31, 255];
const GREEN = [19, 115, 51, 255];
const utc = (iso: string) => Date.parse(iso);

async function at(start: string, userDataDir?: string): Promise<Ext> {
  return makeExt({ env: atDate(start), userDataDir });
}

/** Run `body` in a browser that starts at `start` (Paris time), then close it. */
async function during(start: string, body: (ext: Ext) => Promise<void>): Promise<void> {
  const ext = await at(start);
  try {
    await body(ext);
  } finally {
    await ext.context.close();
  }
}

/** The worker sets the badge asynchronously after it starts: wait for a settled reading. */
async function toolbarWhen(ext: Ext, ready: (t: Awaited<ReturnType<Ext['toolbar']>>) => boolean) {
  let last: Awaited<ReturnType<Ext['toolbar']>> | undefined;
  await expect
    .poll(
      async () => {
        last = await ext.toolbar();
        return ready(last);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return last!;
}
const alarm = (t: { alarms: { name: string; scheduledTime: number }[] }, name: string) => t.alarms.find((a) => a.name === name)?.scheduledTime;

test('14 days before: "14d" in a calm colour, the next reminder set for 7 days before at 10:00', async () => {
  await during('2025-10-20 10:00:30', async (ext) => {
    const bar = await toolbarWhen(ext, (t) => t.text !== '');
    expect(bar).toMatchObject({ text: '14d', color: CALM });
    expect(bar.title).toContain('in 14 days');
    // The 14-day slot (10:00) came before the install (10:00:30): no burst at install.
    expect(bar.notifications).toEqual([]);
    expect(alarm(bar, 'reminder')).toBe(utc('2025-10-27T09:00:00Z')); // 10:00 Paris, winter time
    expect(alarm(bar, 'midnight')).toBe(utc('2025-10-20T22:00:00Z'));
    const popup = await ext.openPopup();
    await expect(popup.getByTestId('deadline')).toContainText('It starts on Nov 3, 2025: 14 days left.');
  });
});

test('7 days before: the reminder fires at 10:00 with a notification, the badge turns to warning', async () => {
  await during('2025-10-27 09:59:45', async (ext) => {
    const before = await toolbarWhen(ext, (t) => t.text !== '');
    expect(before).toMatchObject({ text: '7d', color: WARN, notifications: [] });
    expect(alarm(before, 'reminder')).toBe(utc('2025-10-27T09:00:00Z'));
    // A fired one-shot alarm is gone until the worker sets the next one, just after the notification: wait for both.
    const fired = await toolbarWhen(ext, (t) => t.notifications.length > 0 && alarm(t, 'reminder') !== undefined);
    expect(fired.notifications).toEqual(['reminder:countdown:gai-training-2025-11-03:7']);
    expect(alarm(fired, 'reminder')).toBe(utc('2025-10-31T09:00:00Z')); // next: 3 days before
    expect((await ext.state()).reminders.last.key).toBe('countdown:gai-training-2025-11-03:7');
  });
});

test('the last day: "1d" in red', async () => {
  await during('2025-11-02 15:00:00', async (ext) => {
    const bar = await toolbarWhen(ext, (t) => t.text !== '');
    expect(bar).toMatchObject({ text: '1d', color: ALERT });
    expect(alarm(bar, 'reminder')).toBe(utc('2025-11-03T09:00:00Z')); // the deadline-day reminder
  });
});

test('on the day: an alert badge and "it starts today"', async () => {
  await during('2025-11-03 12:00:00', async (ext) => {
    const bar = await toolbarWhen(ext, (t) => t.text !== '');
    expect(bar).toMatchObject({ text: '!', color: ALERT });
    expect(alarm(bar, 'reminder')).toBe(utc('2025-11-10T09:00:00Z')); // then weekly
    const popup = await ext.openPopup();
    await expect(popup.getByTestId('deadline')).toContainText('It starts today, Nov 3, 2025.');
  });
});

test('after the deadline, not opted out: an alert badge, weekly reminders, "in force since"', async () => {
  await during('2025-11-12 12:00:00', async (ext) => {
    const bar = await toolbarWhen(ext, (t) => t.text !== '');
    expect(bar).toMatchObject({ text: '!', color: ALERT });
    expect(bar.title).toBe('LinkedIn is training AI on your data: switch the setting off now');
    expect(alarm(bar, 'reminder')).toBe(utc('2025-11-17T09:00:00Z')); // two weeks after the deadline, 10:00
    const popup = await ext.openPopup();
    await expect(popup.getByTestId('deadline')).toContainText('In force since Nov 3, 2025: your new data is used until you switch the setting off.');

    // Snooze on the options page: the reminder alarm moves to the end of the snooze.
    const options = await ext.openOptions('reminders');
    await options.getByRole('button', { name: 'Not now: snooze for 30 days' }).click();
    await expect(options.getByTestId('reminders')).toContainText('Reminders snoozed until Dec 12, 2025.');
    const snoozed = await toolbarWhen(ext, (t) => (alarm(t, 'reminder') ?? 0) > utc('2025-12-01T00:00:00Z'));
    expect(alarm(snoozed, 'reminder')! - utc('2025-11-12T11:00:00Z')).toBeGreaterThanOrEqual(30 * 86_400_000);
    // Mute: no reminder alarm at all; the badge still tells the truth.
    await options.getByLabel('Mute all reminders').check();
    const muted = await toolbarWhen(ext, (t) => alarm(t, 'reminder') === undefined);
    expect(muted.text).toBe('!');
  });
});

test('after opting out: the badge says done, countdown reminders stop; the re-check schedule, monthly, then weekly', async () => {
  await during('2025-10-27 12:00:00', async (ext) => {
    await ext.linkedin();
    await toolbarWhen(ext, (t) => t.text === '7d');
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Check & switch off' }).click();
    await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
    const bar = await toolbarWhen(ext, (t) => t.text === '✓' && alarm(t, 'reminder') === undefined);
    expect(bar.color).toEqual(GREEN);
    const installedAt = (await ext.state()).reminders.recheckedAt; // the schedule counts from the install
    expect(alarm(bar, 'recheck')).toBe(installedAt + 30 * 86_400_000);
    // Re-check every week instead.
    const options = await ext.openOptions('reminders');
    await options.getByLabel('Re-check everything I added (it only reads: nothing is clicked)').selectOption('weekly');
    const weekly = await toolbarWhen(ext, (t) => alarm(t, 'recheck') === installedAt + 7 * 86_400_000);
    expect(weekly.text).toBe('✓');
  });
});

test('a browser restarted days later on the same profile: badge restored, one catch-up reminder', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'ai-optout-restart-'));
  const first = await at('2025-10-20 12:00:00', profile);
  try {
    expect((await toolbarWhen(first, (t) => t.text !== '')).text).toBe('14d');
  } finally {
    await first.context.close();
  }
  // Closed through the 7-day (27 Oct) and 3-day (31 Oct) reminders.
  const later = await at('2025-11-01 12:00:00', profile);
  try {
    const bar = await toolbarWhen(later, (t) => t.text === '2d' && t.notifications.length > 0);
    expect(bar.color).toEqual(ALERT);
    expect(bar.notifications).toEqual(['reminder:countdown:gai-training-2025-11-03:3']);
    expect(alarm(bar, 'reminder')).toBe(utc('2025-11-02T09:00:00Z'));
    // Still one: a further wake-up does not repeat it (nothing must happen: the wait is the point).
    // Every reminder shown is recorded as the last one, so an unchanged record is the proof; the
    // notification itself may have timed out meanwhile on a slow machine, never doubled.
    const shown = (await later.state()).reminders.last;
    expect(shown.key).toBe('countdown:gai-training-2025-11-03:3');
    await later.openPopup();
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await later.state()).reminders.last).toEqual(shown);
    expect((await later.toolbar()).notifications.length).toBeLessThanOrEqual(1);
  } finally {
    await later.context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
});

test('an audit that never answers expires by alarm: "no answer", not a badge stuck on "…"', async () => {
  // The clock runs ten times faster here, so the 60 s expiry passes in 6 s.
  await during('2025-11-10 12:00:00 x10', async (ext) => {
    await ext.context.route(`https://www.linkedin.com${TARGET_PATH}`, (route) => route.abort('connectionfailed'));
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Check & switch off' }).click();
    await expect.poll(async () => (await ext.toolbar()).text).toBe('…');
    await expect(popup.getByRole('alert')).toContainText('LinkedIn’s page did not answer', { timeout: 30_000 });
    const bar = await toolbarWhen(ext, (t) => t.text === '!');
    expect(bar.color).toEqual(WARN);
    expect(alarm(bar, 'run-timeout')).toBeUndefined();
    expect((await ext.state()).runs ?? []).toEqual([]);
    expect((await ext.record()).audit).toMatchObject({ outcome: 'interrupted', detail: 'no-answer' });
  });
});

test.describe('no clock override ships', () => {
  test('the built extension has no faketime or date hook of its own', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const code = readFileSync(join(f.parentPath, f.name), 'utf8');
      expect(code).not.toMatch(/faketime|FAKETIME|__now|setNow|mockDate/);
    }
  });
});
