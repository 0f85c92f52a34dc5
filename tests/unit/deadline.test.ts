// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, daysLeft, instantAt, localDate } from '../../src/engine/time/calendar';
import { DEADLINES } from '../../src/services/linkedin/deadline';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { currentDeadline, DeadlineSchema } = await import('../../src/services/linkedin/deadline');

const deadline = currentDeadline();
const at = (iso: string) => Date.parse(iso);

describe('the deadline record', () => {
  it('is valid data: 3 November 2025, the six regions, LinkedIn as source', () => {
    expect(DEADLINES.every((r) => DeadlineSchema.safeParse(r).success)).toBe(true);
    expect(deadline).toMatchObject({ date: '2025-11-03', regions: ['EU', 'EEA', 'CH', 'GB', 'CA', 'HK'] });
  });
  it('its explanation is a message in every language, and its source is the LinkedIn announcement', () => {
    expect(deadline.source).toBe('https://www.linkedin.com/help/linkedin/answer/a8059228');
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
      expect(messages, lang).toHaveProperty(deadline.meaningKey);
    }
  });
  it('a malformed record is refused, not miscounted', () => {
    expect(() => currentDeadline([{ ...deadline, date: '2025-13-40' }])).toThrow();
    expect(() => currentDeadline([{ ...deadline, source: 'https://example.com/' }])).toThrow();
  });
  it('the latest record is the one in force', () => {
    expect(currentDeadline([deadline, { ...deadline, id: 'later', date: '2027-01-01' }]).id).toBe('later');
    expect(currentDeadline([{ ...deadline, id: 'later', date: '2027-01-01' }, deadline]).id).toBe('later');
    // Two records for one day: the first written stays in force.
    expect(currentDeadline([deadline, { ...deadline, id: 'same-day' }]).id).toBe(deadline.id);
  });
});

describe('daysLeft, on the user calendar', () => {
  it.each([
    // [instant, time zone, days left]
    ['2025-10-20T08:00:00Z', 'Europe/Paris', 14],
    ['2025-10-27T08:00:00Z', 'Europe/Paris', 7],
    ['2025-11-02T22:59:59Z', 'Europe/Paris', 1], // 23:59:59 in Paris on the 2nd
    ['2025-11-02T23:00:00Z', 'Europe/Paris', 0], // midnight in Paris: the day
    ['2025-11-02T23:00:00Z', 'America/Toronto', 1], // still 18:00 on the 2nd in Toronto
    ['2025-11-02T16:00:00Z', 'Asia/Hong_Kong', 0], // midnight in Hong Kong
    ['2025-11-03T12:00:00Z', 'Pacific/Kiritimati', -1], // UTC+14: already the 4th
    ['2025-11-10T09:00:00Z', 'Europe/London', -7],
  ])('%s in %s: %i', (instant, zone, expected) => {
    expect(daysLeft(at(instant), deadline, zone)).toBe(expected);
  });

  it('is not shifted by the end of summer time (26 Oct 2025 in Europe, 2 Nov in North America)', () => {
    // 00:30 local on 25, 26, 27 and 28 October: summer time, then winter time.
    const instants = ['2025-10-24T22:30:00Z', '2025-10-25T22:30:00Z', '2025-10-26T23:30:00Z', '2025-10-27T23:30:00Z'];
    const paris = instants.map((i) => daysLeft(at(i), deadline, 'Europe/Paris'));
    expect(paris).toEqual([9, 8, 7, 6]);
    const toronto = [1, 2, 3].map((d) => daysLeft(at(`2025-11-0${d}T12:00:00Z`), deadline, 'America/Toronto'));
    expect(toronto).toEqual([2, 1, 0]);
  });
});

describe('calendar helpers', () => {
  it('localDate reads the date in the zone', () => {
    expect(localDate(at('2025-11-02T23:30:00Z'), 'Europe/Paris')).toEqual({ y: 2025, m: 11, d: 3 });
    expect(localDate(at('2025-11-02T23:30:00Z'), 'UTC')).toEqual({ y: 2025, m: 11, d: 2 });
  });
  it('addDays and daysBetween cross months and years', () => {
    expect(addDays({ y: 2025, m: 12, d: 30 }, 3)).toEqual({ y: 2026, m: 1, d: 2 });
    expect(daysBetween({ y: 2025, m: 10, d: 20 }, { y: 2025, m: 11, d: 3 })).toBe(14);
  });
  it('instantAt finds the wall-clock time on both sides of a DST change', () => {
    expect(new Date(instantAt({ y: 2025, m: 10, d: 25 }, 10, 'Europe/Paris')).toISOString()).toBe('2025-10-25T08:00:00.000Z');
    expect(new Date(instantAt({ y: 2025, m: 10, d: 27 }, 10, 'Europe/Paris')).toISOString()).toBe('2025-10-27T09:00:00.000Z');
    expect(new Date(instantAt({ y: 2025, m: 11, d: 3 }, 0, 'America/Toronto')).toISOString()).toBe('2025-11-03T05:00:00.000Z');
    expect(new Date(instantAt({ y: 2026, m: 3, d: 29 }, 2, 'Europe/Paris')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});
