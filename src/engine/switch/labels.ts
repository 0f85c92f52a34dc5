// The labels around a setting: every label it is known by, and the labels of the switches
// beside it on its service's pages (which are never it; defineService gives each row its
// list, src/engine/model.ts).
import { inEveryLanguage } from '../langs';
import type { SettingRow } from '../model';

// One list per setting, so what is scored against it can be remembered (text.ts).
const ALL_LABELS = new WeakMap<SettingRow, readonly string[]>();

/** Every known label of a setting, all languages together. */
export function allLabels(setting: SettingRow): readonly string[] {
  const kept = ALL_LABELS.get(setting);
  if (kept) return kept;
  const labels = inEveryLanguage(setting.labels);
  ALL_LABELS.set(setting, labels);
  return labels;
}

/**
 * Labels of every known switch of the setting's service but its own (and of the ones we
 * leave alone): a hooked switch whose label is one of these is another setting, never this one.
 */
export const otherLabels = (setting: SettingRow): readonly string[] => setting.others;
