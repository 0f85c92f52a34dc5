// Stored data from older versions, brought up to this one a step at a time. Each step
// takes storage as version N left it and returns it as version N + 1 reads it; a step
// names the ids the data had then (literals: a migration never changes with the data).
import { isObject } from '../engine/shape';

export const SCHEMA_VERSION = 7;

const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 -> 2: the preferences gained the reminder settings (their defaults fill them in).
  1: (raw) => raw,
  // 2 -> 3: records keyed by setting and form (LinkedIn's AI switch, its objection form); a
  // run gained its phase and click count.
  2: ({ audit, known, objection, run: _oldRun, ...rest }) => ({
    ...rest,
    ...(audit !== undefined || known !== undefined ? { settings: { 'generative-ai': { audit: audit ?? null, known: known ?? null } } } : {}),
    ...(objection !== undefined ? { objections: { 'linkedin-dpro': objection } } : {}),
  }),
  // 3 -> 4: a run became a list of settings (the privacy check); one under way in the old shape is dropped.
  3: ({ run: _oldRun, ...rest }) => rest,
  // 4 -> 5: the page kept for the maintainers' report held the page's words (labels, hooks),
  // which may be the member's own; it now holds only the page's structure. The old ones go.
  4: ({ settings, ...rest }) => ({
    ...rest,
    ...(settings === undefined ? {} : { settings: isObject(settings) ? withoutPages(settings) : settings }),
  }),
  // 5 -> 6: rows per site (`<setting>@<site>`, longer ids) and the list of the user's sites
  // (`sites`) came; nothing older changes shape. The version says so to an older extension,
  // which then reads this data where it can and never rewrites it.
  5: (raw) => raw,
  // 6 -> 7, two changes of one release:
  // - LinkedIn's re-check reminder, every `recheckDays` (0, 7, 30 or 90), became one re-check
  //   schedule for every service the user added (off, weekly, monthly). Never is off; 7 days
  //   weekly; 30 and 90 monthly (the nearest that still re-checks). A setting found on again
  //   is kept (`cameBack`), new and empty.
  // - Checks run side by side, one run per tab (`runs`); a run under way keeps going as the
  //   one run of the list.
  6: ({ prefs, run, ...rest }) => ({
    ...rest,
    ...(prefs === undefined ? {} : { prefs: isObject(prefs) ? scheduleOf(prefs) : prefs }),
    ...(run === undefined ? {} : { runs: isObject(run) ? [run] : [] }),
  }),
};

function scheduleOf({ recheckDays, ...prefs }: Record<string, unknown>): Record<string, unknown> {
  if (recheckDays === undefined) return prefs;
  return { ...prefs, recheck: recheckDays === 0 ? 'off' : recheckDays === 7 ? 'weekly' : 'monthly' };
}

/** Each setting record without its page (an unreadable record is left for the repair). */
function withoutPages(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).map(([id, record]) => [id, isObject(record) ? { ...record, page: null } : record]));
}

/** Keys of older versions, removed once their data has moved. */
export const RETIRED_KEYS = ['audit', 'known', 'objection', 'run'];

/** Bring stored data up to this version. Data without a version but with content is version 1. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Object.keys(raw).length > 0 ? 1 : SCHEMA_VERSION;
  let data = raw;
  while (version < SCHEMA_VERSION && MIGRATIONS[version]) data = MIGRATIONS[version++]!(data);
  return { ...data, schemaVersion: version };
}
