// The deadline in force, validated once where it is used, and the user's time zone. The records live
// in src/core/deadline.ts as plain data; a malformed record (a typo in a future edit)
// fails here loudly, at start-up and in the unit tests, instead of miscounting days.
import { DEADLINES, type DeadlineRecord } from './core/deadline';
import { z } from './schema';

export const DeadlineSchema = z.object({
  id: z.string().min(1),
  date: z.iso.date(),
  regions: z.array(z.string().min(2)).min(1),
  source: z.url().startsWith('https://www.linkedin.com/'),
  meaningKey: z.string().min(1),
});

/** The deadline in force: the latest record. */
export function currentDeadline(records: readonly DeadlineRecord[] = DEADLINES): DeadlineRecord {
  const valid = records.map((r) => DeadlineSchema.parse(r));
  return valid.reduce((a, b) => (b.date > a.date ? b : a));
}

/** The user's time zone, as the browser knows it now (it can change while travelling). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
