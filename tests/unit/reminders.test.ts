// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/engine/time/calendar';
import { DEADLINES } from '../../src/services/linkedin/deadline';
import { planReminders, type PlanInput } from '../../src/engine/time/reminders';

const deadline = DEADLINES[0]!;
const at = (iso: string) => Date.parse(iso);
const prefs = { muted: false, snoozeUntil: null };
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

function plan(now: string, extra: Partial<PlanInput> = {}) {
  return planReminders({
    now: at(now),
    timeZone: 'Europe/Paris',
    deadline,
    verifiedOffAt: null,
    prefs,
    last: null,
    installedAt: at('2025-10-01T00:00:00Z'),
    ...extra,
  });
}

describe('before the deadline, not verified off', () => {
  it('14 days before at 10:00 local: the 14-day reminder, then wake for the 7-day one', () => {
    const p = plan('2025-10-20T08:00:00Z');
    expect(p).toMatchObject({ phase: 'before', daysLeft: 14, due: { kind: 'countdown', daysLeft: 14 } });
    expect(iso(p.wakeAt)).toBe('2025-10-27T09:00:00.000Z'); // 10:00 in Paris, winter time by then
  });

  it('an hour earlier nothing is due yet, and it wakes at 10:00', () => {
    const p = plan('2025-10-20T07:00:00Z');
    expect(p.due).toBeNull();
    expect(iso(p.wakeAt)).toBe('2025-10-20T08:00:00.000Z');
  });

  it('a reminder already shown is not shown again', () => {
    const first = plan('2025-10-20T08:00:05Z');
    const again = plan('2025-10-20T09:00:00Z', { last: { key: first.due!.key, at: at('2025-10-20T08:00:05Z') } });
    expect(again.due).toBeNull();
  });

  it('a machine that slept through the 14, 7 and 3-day reminders gets one catch-up: the latest', () => {
    const p = plan('2025-11-01T12:00:00Z', { last: { key: 'countdown:x:14', at: at('2025-10-20T08:00:00Z') } });
    expect(p.due).toMatchObject({ kind: 'countdown', daysLeft: 3 });
    expect(iso(p.wakeAt)).toBe('2025-11-02T09:00:00.000Z'); // the 1-day reminder
  });

  it('no burst right after installing: reminders older than the install are skipped', () => {
    const p = plan('2025-10-28T12:00:00Z', { installedAt: at('2025-10-28T11:00:00Z') });
    expect(p.due).toBeNull();
    expect(iso(p.wakeAt)).toBe('2025-10-31T09:00:00.000Z'); // 3 days before
  });

  it('each slot has a stable key: its kind, the deadline and the day (stored, so never shown twice)', () => {
    expect(plan('2025-10-20T08:00:00Z').due!.key).toBe('countdown:gai-training-2025-11-03:14');
    expect(plan('2025-11-03T09:00:00Z').due!.key).toBe('deadline-day:gai-training-2025-11-03:0');
  });

  it('a reminder shown is not shown again after travelling west, where its local 10:00 comes later', () => {
    const shown = plan('2025-10-20T08:00:05Z');
    const toronto = plan('2025-10-20T16:00:00Z', { timeZone: 'America/Toronto', last: { key: shown.due!.key, at: at('2025-10-20T08:00:05Z') } });
    expect(toronto.due).toBeNull();
  });

  it('after the 7-day reminder, the older 14-day one never comes back', () => {
    const p = plan('2025-10-28T12:00:00Z', { last: { key: 'countdown:gai-training-2025-11-03:7', at: at('2025-10-27T09:00:00Z') } });
    expect(p.due).toBeNull();
  });

  it('with nothing shown yet, only the latest due reminder is shown, not the first', () => {
    const p = plan('2025-11-01T12:00:00Z');
    expect(p.due).toMatchObject({ kind: 'countdown', daysLeft: 3 });
  });

  it('a reminder due at the very instant of installing is not shown', () => {
    const p = plan('2025-10-20T09:00:00Z', { installedAt: at('2025-10-20T08:00:00Z') });
    expect(p.due).toBeNull();
  });

  it('on the day: the deadline-day reminder', () => {
    const p = plan('2025-11-03T09:30:00Z');
    expect(p).toMatchObject({ phase: 'day', daysLeft: 0, due: { kind: 'deadline-day' } });
  });

  it('after the deadline-day reminder, the weekly ones follow', () => {
    const p = plan('2025-11-03T12:00:00Z', { last: { key: 'deadline-day:x:0', at: at('2025-11-03T09:00:00Z') } });
    expect(p.due).toBeNull();
    expect(iso(p.wakeAt)).toBe('2025-11-10T09:00:00.000Z');
  });

  it('the next midnight is local midnight', () => {
    expect(iso(plan('2025-10-20T08:00:00Z').nextMidnight)).toBe('2025-10-20T22:00:00.000Z');
    expect(iso(plan('2025-10-26T08:00:00Z').nextMidnight)).toBe('2025-10-26T23:00:00.000Z');
  });
});

describe('after the deadline, not verified off', () => {
  it('weekly reminders on the deadline weekday, one at a time', () => {
    const p = plan('2025-11-10T10:00:00Z', { last: { key: 'deadline-day:x:0', at: at('2025-11-03T09:00:00Z') } });
    expect(p).toMatchObject({ phase: 'after', daysLeft: -7, due: { key: 'after:gai-training-2025-11-03:1', kind: 'after', daysLeft: -7 } });
    expect(iso(p.wakeAt)).toBe('2025-11-17T09:00:00.000Z');
  });

  it('installed long after the deadline: first reminder within a week, not at once', () => {
    const installedAt = at('2026-11-29T09:00:00Z');
    const p = plan('2026-11-29T09:00:01Z', { installedAt });
    expect(p.due).toBeNull();
    expect(p.wakeAt! - installedAt).toBeLessThanOrEqual(7 * DAY_MS);
    expect(p.wakeAt!).toBeGreaterThan(installedAt);
  });

  it('snoozed: nothing until the snooze ends, then a single catch-up', () => {
    const snoozeUntil = at('2025-12-10T09:00:00Z');
    const last = { key: 'after:x:1', at: at('2025-11-10T09:00:00Z') };
    const during = plan('2025-11-20T09:00:00Z', { prefs: { ...prefs, snoozeUntil }, last });
    expect(during.due).toBeNull();
    expect(during.wakeAt).toBe(snoozeUntil);
    const afterwards = plan('2025-12-10T09:00:00Z', { prefs: { ...prefs, snoozeUntil }, last });
    expect(afterwards.due).toMatchObject({ kind: 'after' });
  });

  it('a snooze that ends before the next reminder wakes for that reminder', () => {
    const last = { key: 'after:gai-training-2025-11-03:1', at: at('2025-11-10T09:00:00Z') };
    const p = plan('2025-11-11T09:00:00Z', { prefs: { ...prefs, snoozeUntil: at('2025-11-12T09:00:00Z') }, last });
    expect(p.due).toBeNull();
    expect(iso(p.wakeAt)).toBe('2025-11-17T09:00:00.000Z');
  });

  it('a snooze that has ended no longer holds reminders back', () => {
    const last = { key: 'after:gai-training-2025-11-03:1', at: at('2025-11-10T09:00:00Z') };
    const p = plan('2025-11-17T09:00:00Z', { prefs: { ...prefs, snoozeUntil: at('2025-11-12T09:00:00Z') }, last });
    expect(p.due).toMatchObject({ key: 'after:gai-training-2025-11-03:2' });
    expect(iso(p.wakeAt)).toBe('2025-11-24T09:00:00.000Z');
  });

  it('muted: nothing due and nothing to wake for, but the phase is still known', () => {
    const p = plan('2025-11-10T10:00:00Z', { prefs: { ...prefs, muted: true } });
    expect(p).toMatchObject({ phase: 'after', due: null, wakeAt: null });
  });
});

describe('verified off', () => {
  const verifiedOffAt = at('2025-10-22T12:00:00Z');

  it('countdown reminders stop, and no reminder replaces them: the re-check schedule reads it again instead (recheck.test.ts)', () => {
    const p = plan('2025-10-27T09:00:00Z', { verifiedOffAt });
    expect(p).toMatchObject({ due: null, wakeAt: null });
    expect(plan(iso(verifiedOffAt + 400 * DAY_MS)!, { verifiedOffAt })).toMatchObject({ due: null, wakeAt: null });
  });

  it('snoozed: it wakes when the snooze ends', () => {
    const snoozeUntil = at('2025-12-01T09:00:00Z');
    const p = plan('2025-11-20T09:00:00Z', { verifiedOffAt, prefs: { ...prefs, snoozeUntil } });
    expect(p).toMatchObject({ due: null, wakeAt: snoozeUntil });
  });
});
