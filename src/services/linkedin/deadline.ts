// LinkedIn's deadline as data: the day its updated terms let it train AI on these members'
// data. Validated once where it is used: a malformed record (a typo in a future edit) fails
// loudly, at start-up and in the unit tests, instead of miscounting days.
import type { Dated } from '../../engine/time/calendar';
import type { MessageKey } from '../../generated/message-keys';
import { z } from '../../platform/zod';

interface DeadlineRecord extends Dated {
  /** Where it applies (ISO 3166 codes, plus EU/EEA). */
  regions: readonly string[];
  /** LinkedIn's own announcement. */
  source: string;
  /** Message key of a one-sentence explanation. */
  meaningKey: MessageKey;
}

/** LinkedIn's updated terms: AI training on these members' data from this day. */
export const DEADLINES: readonly DeadlineRecord[] = [
  {
    id: 'gai-training-2025-11-03',
    date: '2025-11-03',
    regions: ['EU', 'EEA', 'CH', 'GB', 'CA', 'HK'],
    source: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
    meaningKey: 'deadlineMeaning',
  },
];

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
