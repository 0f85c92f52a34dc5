// Every service the product knows, as the dashboard lists them: those the user can add
// (ui/tile-state.ts ADDABLE, which the popup counts), then the manual ones, then those with
// nothing to switch off. Kept apart so the popup loads none of the last two.
import { MANUAL_SERVICES } from '../../services';
import { NO_CONTROL } from '../../services/no-control';
import { ADDABLE, type Entry } from '../../ui/tile-state';

/** A no-control service's id, from its name ("Stack Overflow" -> "stack-overflow"), for its tile and its anchor. */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const ENTRIES: readonly Entry[] = [
  ...ADDABLE,
  ...MANUAL_SERVICES.map((service): Entry => ({ kind: 'manual', id: service.id, name: service.name, category: service.category, service })),
  ...NO_CONTROL.map((row): Entry => ({ kind: 'none', id: slugOf(row.name), name: row.name, category: row.category, row })),
];
