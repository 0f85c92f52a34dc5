// The pure arithmetic of days around a dated change (a service's deadline). Days are
// counted on the user's calendar (their time zone), from calendar dates, never by dividing
// milliseconds, so DST changes and travel cannot shift a day.

/** A dated change: its id (for reminder keys) and its calendar date, YYYY-MM-DD, read in the user's time zone. */
export interface Dated {
  id: string;
  date: string;
}

export const DAY_MS = 86_400_000;

interface CalendarDate {
  y: number;
  m: number; // 1-12
  d: number;
}

/** The calendar date of an instant in a time zone. */
export function localDate(at: number, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

export function parseDate(iso: string): CalendarDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The instant of a wall-clock time on a calendar date in a time zone. Found by
 * correcting a UTC guess by the zone's offset, twice, which settles across DST changes;
 * a time that does not exist (skipped by DST) lands just after the gap.
 */
export function instantAt(date: CalendarDate, hour: number, timeZone: string): number {
  const wanted = Date.UTC(date.y, date.m - 1, date.d, hour);
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess = wanted - offsetMs(guess, timeZone);
  return guess;
}

function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (at - (at % 1000));
}

/** Days left until the deadline on the user's calendar: 0 on the day, negative after. */
export function daysLeft(now: number, deadline: Pick<Dated, 'date'>, timeZone: string): number {
  return daysBetween(localDate(now, timeZone), parseDate(deadline.date));
}

/** The user's time zone, as the browser knows it now (it can change while travelling). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
