// A setting's state as last verified, read from its record, and a tally of several: the one
// reading that the badge, the popup's lines and the options page share, for every service.
import { isProblem, type Outcome } from './outcomes';

export interface RecordLike {
  audit: { outcome: Outcome; at: number } | null;
  known: { state: 'on' | 'off'; at: number } | null;
}
export type Records = Readonly<Record<string, RecordLike | undefined>>;

/** What a setting's row shows: its last verified state, or why there is none ('absent': not offered here). */
type RowState = 'off' | 'on' | 'unchecked' | 'problem' | 'absent';

/**
 * The state of one setting as last verified. `since`: a sweep's start; a setting not
 * checked since then is "not checked" in that sweep's result, whatever came before.
 */
export function rowState(record: RecordLike | undefined, since = 0): RowState {
  const audit = record?.audit;
  if (!audit || audit.at < since) return 'unchecked';
  if (audit.outcome === 'not-offered') return 'absent';
  if (isProblem(audit.outcome)) return 'problem';
  return record.known?.state === 'off' ? 'off' : 'on';
}

type Tally = Record<RowState, number>;

export function tally(records: Records, ids: readonly string[], since = 0): Tally {
  const counts: Tally = { off: 0, on: 0, unchecked: 0, problem: 0, absent: 0 };
  for (const id of ids) counts[rowState(records[id], since)]++;
  return counts;
}
