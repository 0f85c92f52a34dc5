// The labels around a setting: every label it is known by, and the labels of the switches
// beside it on its service's pages (which are never it). Kept apart from the rows, so that a
// content script that imports one service's rows carries no other service's.
import { UI_LANGS } from '../langs';
import type { SettingRow } from '../../services/linkedin/settings';

// One list per setting, so what is scored against it can be remembered (text.ts).
const ALL_LABELS = new WeakMap<SettingRow, readonly string[]>();

/** Every known label of a setting, all languages together. */
export function allLabels(setting: SettingRow): readonly string[] {
  const kept = ALL_LABELS.get(setting);
  if (kept) return kept;
  const labels = UI_LANGS.flatMap((lang) => [...(setting.labels[lang] ?? [])]);
  ALL_LABELS.set(setting, labels);
  return labels;
}

const FAMILY = new WeakMap<SettingRow, readonly string[]>();

/**
 * One service's rows, each told the labels of the switches around it: the service's other
 * settings and the switches we leave alone on its pages. Each data file passes its own list.
 */
export function family(rows: readonly SettingRow[], leftAlone: readonly string[]): readonly SettingRow[] {
  for (const row of rows) FAMILY.set(row, [...rows.filter((r) => r !== row).flatMap((r) => allLabels(r)), ...leftAlone]);
  return rows;
}

/**
 * Labels of every known switch of the setting's service but its own (and of the ones we
 * leave alone): a hooked switch whose label is one of these is another setting, never this one.
 */
export const otherLabels = (setting: SettingRow): readonly string[] => FAMILY.get(setting) ?? [];
