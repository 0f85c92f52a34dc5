// What a located control says of the setting, in the engine's one vocabulary: 'on' = the
// data is exposed, 'off' = protected. Most switches protect when unticked ("Use my data for
// training": off); some boxes protect when ticked ("Prevent third-party sharing": on). The
// row says which (`protective`); this is the one place that reads a control's checked state
// through it, so the worker, the storage and the popup keep their words ('turned-off',
// 'already-off') whatever the kind of control, and only the texts shown differ.
import type { SettingRow } from '../model';
import { readChecked } from '../page/dom';

/** 'on' (exposed), 'off' (protected), or null: the control's state cannot be read. */
export function exposureOf(el: Element, setting: Pick<SettingRow, 'protective'>): 'on' | 'off' | null {
  const checked = readChecked(el);
  if (checked === null) return null;
  // Never assume that unticked protects: only a row that says so is read the other way round.
  const protects = setting.protective === 'on' ? checked : !checked;
  return protects ? 'off' : 'on';
}
