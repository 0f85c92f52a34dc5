// The deadline in force, validated once where it is used, and the user's time zone. The records live
// in src/core/deadline.ts as plain data; a malformed record (a typo in a future edit)
// fails here loudly, at start-up and in the unit tests, instead of miscounting days.
import { DEADLINES, type DeadlineRecord } from '../../engine/time/calendar';
import { z } from '../../platform/zod';

export const DeadlineSchema = z.object({
  id: z.string().check(z.minLength(1)),
  date: z.iso.date(),
  regions: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  source: z.url().check(z.startsWith('https://www.linkedin.com/')),
  meaningKey: z.string().check(z.minLength(1)),
});

/** The deadline in force: the latest record. */
export function currentDeadline(records: readonly DeadlineRecord[] = DEADLINES): DeadlineRecord {
  for (const record of records) DeadlineSchema.parse(record);
  return records.reduce((a, b) => (b.date > a.date ? b : a));
}

/** The user's time zone, as the browser knows it now (it can change while travelling). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
