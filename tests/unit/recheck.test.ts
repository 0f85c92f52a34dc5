// @vitest-environment node
// The re-check schedule (engine/time/recheck.ts): off, weekly or monthly, from the last
// re-check (else the install), one catch-up after a long sleep.
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/engine/time/calendar';
import { recheckPlan } from '../../src/engine/time/recheck';

const since = Date.parse('2026-11-01T10:00:00Z');

describe('the re-check schedule', () => {
  it('off: never due, nothing to wake for', () => {
    expect(recheckPlan('off', since, since + 400 * DAY_MS)).toEqual({ due: false, wakeAt: null });
  });

  it('weekly: wakes a week after the last one, due from then, the next a week after now', () => {
    expect(recheckPlan('weekly', since, since + 7 * DAY_MS - 1)).toEqual({ due: false, wakeAt: since + 7 * DAY_MS });
    expect(recheckPlan('weekly', since, since + 7 * DAY_MS)).toEqual({ due: true, wakeAt: since + 14 * DAY_MS });
  });

  it('monthly: thirty days', () => {
    expect(recheckPlan('monthly', since, since + 29 * DAY_MS)).toEqual({ due: false, wakeAt: since + 30 * DAY_MS });
    expect(recheckPlan('monthly', since, since + 30 * DAY_MS + 5)).toEqual({ due: true, wakeAt: since + 60 * DAY_MS + 5 });
  });

  it('a machine asleep for months: one re-check now, the next a period later, not one per period missed', () => {
    const now = since + 200 * DAY_MS;
    expect(recheckPlan('weekly', since, now)).toEqual({ due: true, wakeAt: now + 7 * DAY_MS });
  });
});
