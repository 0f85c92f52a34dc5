// Which tiles the dashboard shows: those of the group chosen whose name holds what the user
// typed, ignoring case and accents ("telechargement" finds nothing here, "stack" finds Stack Overflow).
import type { ServiceGroup } from '../../engine/model';

/** Text as compared: lower case, accents removed, spaces collapsed. */
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export type GroupChoice = ServiceGroup | 'all';

export function visible<E extends { name: string; category?: ServiceGroup }>(entries: readonly E[], query: string, group: GroupChoice): E[] {
  const wanted = folded(query);
  return entries.filter((e) => (group === 'all' || e.category === group) && folded(e.name).includes(wanted));
}
