// A setting's state as last verified, in words: one line for the privacy check's rows and
// every other service's.
import type { Outcome } from '../engine/check/outcomes';
import { rowState } from '../engine/check/rows';
import { parseDate } from '../engine/time/calendar';
import { formatDay } from '../platform/format';
import { t } from '../platform/i18n';
import type { SettingRecord } from '../store/schemas';
import { problemTitle } from '../ui/Problem';
import { ago } from '../ui/Status';

const WORDS = {
  switch: { protected: 'rowOff', exposed: 'rowOn' },
  box: { protected: 'rowProtected', exposed: 'rowExposed' },
  'switch-on': { protected: 'rowOnVerified', exposed: 'rowOffSeen' },
} as const;

/** The kind of a row's control, for its words. */
export const kindOf = (setting: { protective?: 'on' | 'off'; save?: unknown }): 'switch' | 'box' | 'switch-on' =>
  setting.protective !== 'on' ? 'switch' : setting.save ? 'box' : 'switch-on';

/**
 * A setting's state as last verified, in words: off or on and when (in the words of its kind
 * of control), nothing to switch off since the day the service retired it (`retiredSince`,
 * its row's `retired`), not offered here, why it could not be checked, or not checked.
 */
export function rowStatus(
  record: SettingRecord | undefined,
  since: number,
  now: number,
  problem = (o: Outcome) => t(problemTitle(o)),
  /**
   * What kind of control: a switch that protects when off (its states "off" and "on"), a box
   * that protects when ticked ("ticked", "not ticked"), or a switch that protects when on
   * ("on" verified, "off" seen): the words follow the control, never its meaning (engine/switch/exposure.ts).
   */
  kind: 'switch' | 'box' | 'switch-on' = 'switch',
  retiredSince?: string,
): string {
  const state = rowState(record, since);
  const audit = record?.audit;
  const known = record?.known;
  if (state === 'off' && known) return t(WORDS[kind].protected, ago(known.at, now));
  if (state === 'on') return t(WORDS[kind].exposed, ago(known?.at ?? audit?.at ?? now, now));
  if (state === 'absent' && audit?.detail === 'retired' && retiredSince) return t('rowNothingToSwitch', formatDay(parseDate(retiredSince)), ago(audit.at, now));
  if (state === 'absent' && audit) return t('rowNotOffered', ago(audit.at, now));
  if (state === 'problem' && audit) return t('rowProblem', problem(audit.outcome));
  return t('rowUnchecked');
}
