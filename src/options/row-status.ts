// A setting's state as last verified, in words: one line for the privacy check's rows and
// every other service's.
import type { Outcome } from '../engine/check/outcomes';
import { rowState } from '../engine/check/rows';
import { parseDate } from '../engine/time/calendar';
import { formatDay } from '../platform/format';
import { t } from '../platform/i18n';
import type { SettingRow } from '../engine/model';
import type { SettingRecord } from '../store/schemas';
import { problemTitle } from '../ui/Problem';
import { ago } from '../ui/Status';

/**
 * A setting's state as last verified, in words: off or on and when (a box that protects when
 * ticked: "ticked" and "not ticked", never "off" and "on": engine/switch/exposure.ts),
 * nothing to switch off since the day the service retired it (its row's `retired`), not
 * offered here, why it could not be checked, or not checked.
 */
export function rowStatus(
  record: SettingRecord | undefined,
  since: number,
  now: number,
  problem = (o: Outcome) => t(problemTitle(o)),
  setting?: Pick<SettingRow, 'protective' | 'retired'>,
): string {
  const state = rowState(record, since);
  const audit = record?.audit;
  const known = record?.known;
  const box = setting?.protective === 'on';
  const retiredSince = setting?.retired?.since;
  if (state === 'off' && known) return t(box ? 'rowProtected' : 'rowOff', ago(known.at, now));
  if (state === 'on') return t(box ? 'rowExposed' : 'rowOn', ago(known?.at ?? audit?.at ?? now, now));
  if (state === 'absent' && audit?.detail === 'retired' && retiredSince) return t('rowNothingToSwitch', formatDay(parseDate(retiredSince)), ago(audit.at, now));
  if (state === 'absent' && audit) return t('rowNotOffered', ago(audit.at, now));
  if (state === 'problem' && audit) return t('rowProblem', problem(audit.outcome));
  return t('rowUnchecked');
}
