// A setting's state as last verified, in words: one line for the privacy check's rows and
// every other service's.
import type { Outcome } from '../engine/check/outcomes';
import { rowState } from '../engine/check/rows';
import { t } from '../platform/i18n';
import type { SettingRecord } from '../store/schemas';
import { problemTitle } from '../ui/Problem';
import { ago } from '../ui/Status';

/** A setting's state as last verified, in words: off or on and when, not offered here, why it could not be checked, or not checked. */
export function rowStatus(
  record: SettingRecord | undefined,
  since: number,
  now: number,
  problem = (o: Outcome) => t(problemTitle(o)),
  /** A box that protects when ticked: its states are "ticked" and "not ticked", never "off" and "on" (engine/switch/exposure.ts). */
  box = false,
): string {
  const state = rowState(record, since);
  const audit = record?.audit;
  const known = record?.known;
  if (state === 'off' && known) return t(box ? 'rowProtected' : 'rowOff', ago(known.at, now));
  if (state === 'on') return t(box ? 'rowExposed' : 'rowOn', ago(known?.at ?? audit?.at ?? now, now));
  if (state === 'absent' && audit) return t('rowNotOffered', ago(audit.at, now));
  if (state === 'problem' && audit) return t('rowProblem', problem(audit.outcome));
  return t('rowUnchecked');
}
