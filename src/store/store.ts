// What the extension remembers, in storage.local. Each value is declared once with its
// schema and defaults and read only through that declaration. Repair is field by field:
// a fault in one field (or one record) never resets its neighbours, so the user's receipt
// and details survive a bad value beside them. Records are keyed by what they are about
// (a setting's or a form's id), so more settings and services add rows, not migrations.
// Every read-then-write runs in one serial queue in the worker (`update`); extension pages
// send their changes to the worker (`state/patch`) instead of writing themselves.
import browser from 'webextension-polyfill';
import { OBJECTION_FORM } from '../services/linkedin/objection-form';
import { OBJECTION_COUNTRIES, PROFILE_LIMITS } from '../engine/form/profile';
import {
  CAPTCHA_STATES,
  CHOICE_RESULTS,
  CONTROLS,
  FILL_RESULTS,
  type PrefillReport as PrefillReportShape,
  RUN_ENDS,
  SUBMIT_STATES,
} from '../engine/form/terms';
import { MODES, OUTCOMES, STEPS } from '../engine/check/outcomes';
import { RECHECK_CHOICES } from '../engine/time/reminders';
import { MAX_CLICKS } from '../engine/check/run';
import { LABEL_MAX, SEEN_MAX } from '../engine/switch/discover';
import { OPTIONAL_SERVICE_IDS, type OptionalServiceId, SERVICE_IDS } from '../services';
import { GENERATIVE_AI } from '../services/linkedin/service';
import { z } from '../platform/zod';

export const SCHEMA_VERSION = 4;
/** The objection form's record, keyed like the settings' records. */
const DPRO_FORM = OBJECTION_FORM.id;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// --- the values -------------------------------------------------------------------------

const int = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const text = (max: number) => z.string().check(z.maxLength(max));

export const Prefs = z.object({
  mode: z.enum(MODES),
  muted: z._default(z.boolean(), false),
  snoozeUntil: z._default(z.nullable(z.number()), null),
  recheckDays: z._default(z.union(RECHECK_CHOICES.map((n) => z.literal(n))), 30),
  /**
   * The settings the user chose to keep off in the privacy check (ids); null until they
   * first run or change it: until then only the AI switch is theirs to keep off.
   */
  chosen: z._default(z.nullable(z.array(text(40)).check(z.maxLength(40))), null),
});
const Audit = z.object({
  outcome: z.enum(OUTCOMES),
  at: z.number(),
  source: z.enum(['popup', 'page']),
  clicks: int(0, MAX_CLICKS),
  detail: z.optional(text(64)),
});
/** The last time a fresh load of the page showed the switch, and what it showed. */
const Known = z.object({ state: z.enum(['on', 'off']), at: z.number() });
/** The switches a page showed when this setting's could not be found: for a report to the maintainers. */
const PageSeen = z.object({
  path: text(200),
  switches: z.array(z.object({ hook: text(LABEL_MAX), label: text(LABEL_MAX) })).check(z.maxLength(SEEN_MAX)),
});
/** One setting's record: its last check, the last verified reading, and the page when the switch was missing. */
export const SettingRecord = z.object({ audit: z.nullable(Audit), known: z.nullable(Known), page: z._default(z.nullable(PageSeen), null) });
/** One setting's part of a run: how far, and how many clicks (core/sweep.ts). */
const RowRun = z.object({ id: text(40), phase: z.enum(['act', 'verify']), clicks: int(0, MAX_CLICKS), toast: z.boolean(), mode: z.enum(MODES) });
/**
 * A check under way, of one setting, of several (the privacy check: `sweep`), or of another
 * service's settings (`service`): its tab, the rows still to finish, where the tab is (or is
 * being sent), and how far the current load is.
 */
export const Run = z.object({
  kind: z.enum(['one', 'sweep', 'service']),
  /** The service of its settings (a run never mixes services). */
  service: z._default(z.enum(SERVICE_IDS), 'linkedin'),
  tabId: z.number().check(z.int()),
  startedAt: z.number(),
  /** Last sign of life; a run silent for too long is taken as lost. */
  touchedAt: z.number(),
  step: z.enum(STEPS),
  source: z.enum(['popup', 'page']),
  rows: z.array(RowRun).check(z.maxLength(40)),
  /** Category pages still to look at for new settings (a sweep only). */
  visits: z.array(text(200)).check(z.maxLength(4)),
  /** How many settings the run started with (progress: "4 of 13"). */
  total: int(0, 40),
  /** What the tab is on, or being sent to. */
  target: z.nullable(z.union([z.object({ row: text(40) }), z.object({ visit: text(200) })])),
  /** The tab was sent to the target and no load has begun there yet (a worker stopped meanwhile sends it again). */
  sent: z.boolean(),
  /** How many times the tab was sent again after a stop. */
  resends: int(0, 10),
});
/** The last privacy check (or check of another service): which settings, when, and how it ended. */
export const Sweep = z.object({
  ids: z.array(text(40)).check(z.maxLength(40)),
  startedAt: z.number(),
  endedAt: z.nullable(z.number()),
  /** null while it runs; done: every chosen setting has its result. */
  end: z.nullable(z.enum(['done', 'signed-out', 'checkpoint', 'interrupted'])),
});
/** Something LinkedIn shows that the setting data does not know (core/discover.ts), and when it was last seen. */
export const FoundItem = z.object({
  kind: z.enum(['switch', 'entry']),
  label: text(LABEL_MAX),
  state: z.nullable(z.enum(['on', 'off'])),
  path: text(200),
  at: z.number(),
});
/** Reminder bookkeeping: when we were installed, the last reminder shown. */
export const Reminders = z.object({
  installedAt: z.number(),
  last: z.nullable(z.object({ key: text(120), at: z.number() })),
});
const Choice = z.enum(CHOICE_RESULTS);
const Fill = z.enum(FILL_RESULTS);
/** What the objection prefill did (src/core/objection-prefill.ts), as reported and as kept. */
export const PrefillReport = z.object({
  option: z.optional(Choice),
  control: z.nullable(z.enum(CONTROLS)),
  confirmation: z.optional(Choice),
  firstName: z.optional(Fill),
  lastName: z.optional(Fill),
  email: z.optional(Fill),
  country: z.optional(Fill),
  explanation: z.optional(Fill),
  captcha: z.enum(CAPTCHA_STATES),
  submit: z.enum(SUBMIT_STATES),
}) satisfies z.ZodMiniType<PrefillReportShape>;
/**
 * The formal objection: the prefill under way or done, and the user's receipt. Read field
 * by field, so a run or report in an older shape reads as none and the receipt stays.
 */
export const Objection = z.object({
  run: z.nullable(
    z.object({
      tabId: z.number().check(z.int()),
      startedAt: z.number(),
      prefilled: z.boolean(),
      /** The run's tab has shown the form: only then may a confirmation page follow. */
      formSeen: z._default(z.boolean(), false),
    }),
  ),
  report: z.nullable(PrefillReport),
  reportedAt: z.nullable(z.number()),
  /** null: no answer yet; false: no form was found in the tab. */
  formFound: z.nullable(z.boolean()),
  /** Why the last run ended before a confirmation (the popup says so). */
  ended: z._default(z.nullable(z.enum(RUN_ENDS)), null),
  submittedAt: z.nullable(z.number()),
  caseNumber: z.nullable(text(40)),
});
/**
 * What the user typed into the extension for the forms; never read from a site. Older
 * versions kept the name as one string: it is kept as `legacyName`, for the user to split
 * into first and last name themselves (we never guess where a name splits). Country and
 * explanation (Meta's forms) came later: absent, they read as empty.
 */
export const Profile = z.object({
  firstName: text(PROFILE_LIMITS.name),
  lastName: text(PROFILE_LIMITS.name),
  email: text(PROFILE_LIMITS.email),
  /** An ISO 3166 code of OBJECTION_COUNTRIES, or '' (not chosen). */
  country: z._default(z.union([z.literal(''), z.enum(OBJECTION_COUNTRIES)]), ''),
  /** The user's own explanation for Meta's forms; '' means the default text of their language. */
  explanation: z._default(text(PROFILE_LIMITS.explanation), ''),
  legacyName: z.optional(text(200)),
});
const NO_PROFILE: Profile = { firstName: '', lastName: '', email: '', country: '', explanation: '' };
/** A profile as an older version stored it ({ name, email }): the name is kept whole, for the user to split. */
function profileOf(raw: unknown): unknown {
  if (!isObject(raw) || typeof raw.name !== 'string' || 'firstName' in raw) return raw;
  const { name, ...rest } = raw;
  return { ...rest, ...(name.trim() ? { legacyName: name } : {}) };
}
/** Something the user must be told once, until they dismiss it. */
export const Notice = z.object({ kind: z.literal('storage-reset'), keys: z.array(text(40)).check(z.maxLength(20)), at: z.number() });
/** Walkthrough progress that is not derived from other facts. */
export const Walkthrough = z.object({ cleanupDone: z.boolean() });

export type Prefs = z.infer<typeof Prefs>;
export type SettingRecord = z.infer<typeof SettingRecord>;
export type Run = z.infer<typeof Run>;
export type Sweep = z.infer<typeof Sweep>;
export type FoundItem = z.infer<typeof FoundItem>;
export type Reminders = z.infer<typeof Reminders>;
export type Objection = z.infer<typeof Objection>;
export type Profile = z.infer<typeof Profile>;
export type Notice = z.infer<typeof Notice>;
export type Walkthrough = z.infer<typeof Walkthrough>;

const NO_RECORD: SettingRecord = { audit: null, known: null, page: null };
const NO_OBJECTION: Objection = { run: null, report: null, reportedAt: null, formFound: null, ended: null, submittedAt: null, caseNumber: null };
const PREFS_DEFAULT: Prefs = { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30, chosen: null };

// --- reading, field by field --------------------------------------------------------------

type Shape = Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
type ObjectSchema = { def: { shape: Shape } };

/**
 * Parse an object field by field: a readable field is kept, an unreadable one takes its
 * fallback and its path is listed. An absent field takes its fallback silently.
 */
function fields<T>(schema: ObjectSchema, raw: unknown, fallback: T, path: string, bad: string[]): T {
  if (raw === undefined) return fallback;
  if (!isObject(raw)) {
    bad.push(path);
    return fallback;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.def.shape)) {
    const parsed = field.safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = (fallback as Record<string, unknown>)[key];
      if (raw[key] !== undefined) bad.push(`${path}.${key}`);
    }
  }
  return out as T;
}

/** A whole value that is readable only as a whole (a run, a notice): kept or dropped. */
function whole<T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, raw: unknown, fallback: T, path: string, bad: string[]): T {
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data as T;
  bad.push(path);
  return fallback;
}

/** A map of records by id, each read field by field. */
function records<T>(schema: ObjectSchema, raw: unknown, fallback: T, path: string, bad: string[]): Record<string, T> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    bad.push(path);
    return {};
  }
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, fields(schema, value, fallback, `${path}.${id}`, bad)]));
}

/** The other services' last checks, each read whole: an unreadable one is dropped, the others kept. */
function checksOf(raw: unknown, bad: string[]): State['checks'] {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    bad.push('checks');
    return {};
  }
  return Object.fromEntries(
    OPTIONAL_SERVICE_IDS.flatMap((id) => (raw[id] === undefined ? [] : [[id, whole(Sweep, raw[id], null, `checks.${id}`, bad)]])).filter(([, v]) => v !== null),
  );
}

/** A list read item by item: an unreadable item is dropped, its neighbours kept. */
function list<T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, raw: unknown, path: string, bad: string[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    bad.push(path);
    return [];
  }
  return raw.flatMap((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [parsed.data as T];
    bad.push(`${path}.${i}`);
    return [];
  });
}

/** New things found on LinkedIn's pages are kept up to this many, the latest first. */
export const FOUND_KEPT = 20;

export interface State {
  prefs: Prefs;
  settings: Record<string, SettingRecord>;
  run: Run | null;
  reminders: Reminders | null;
  objections: Record<string, Objection>;
  profile: Profile;
  walkthrough: Walkthrough;
  notice: Notice | null;
  sweep: Sweep | null;
  /** The last check of each other service (X, ChatGPT), as `sweep` is LinkedIn's. */
  checks: Partial<Record<OptionalServiceId, Sweep>>;
  found: FoundItem[];
}
type Key = keyof State;
const KEYS: Key[] = ['prefs', 'settings', 'run', 'reminders', 'objections', 'profile', 'walkthrough', 'notice', 'sweep', 'checks', 'found'];

export interface Inspected {
  state: State;
  /** Paths of the values that could not be read ("prefs.mode", "objections.linkedin-dpro.caseNumber"). */
  unreadable: string[];
  /** The version the stored data says it is (null: none stored). */
  storedVersion: number | null;
  /** Written by a newer version of the extension: read what we can, write nothing. */
  newer: boolean;
}

/** Validate a value before it is stored: nothing malformed is ever written. */
const CHECK = {
  prefs: Prefs,
  settings: z.record(z.string(), SettingRecord),
  run: z.nullable(Run),
  reminders: z.nullable(Reminders),
  objections: z.record(z.string(), Objection),
  profile: Profile,
  walkthrough: Walkthrough,
  notice: z.nullable(Notice),
  sweep: z.nullable(Sweep),
  checks: z.partialRecord(z.enum(OPTIONAL_SERVICE_IDS), Sweep),
  found: z.array(FoundItem).check(z.maxLength(FOUND_KEPT)),
} satisfies Record<Key, unknown>;

/** Each step takes storage as version N left it and returns it as version N + 1 reads it. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 -> 2: the preferences gained the reminder settings (their defaults fill them in).
  1: (raw) => raw,
  // 2 -> 3: records keyed by setting and form; a run gained its phase and click count.
  2: ({ audit, known, objection, run: _oldRun, ...rest }) => ({
    ...rest,
    ...(audit !== undefined || known !== undefined ? { settings: { [GENERATIVE_AI.id]: { audit: audit ?? null, known: known ?? null } } } : {}),
    ...(objection !== undefined ? { objections: { [DPRO_FORM]: objection } } : {}),
  }),
  // 3 -> 4: a run became a list of settings (the privacy check); one under way in the old shape is dropped.
  3: ({ run: _oldRun, ...rest }) => rest,
};
/** Keys of older versions, removed once their data has moved. */
const RETIRED_KEYS = ['audit', 'known', 'objection'];

/** Bring stored data up to this version. Data without a version but with content is version 1. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Object.keys(raw).length > 0 ? 1 : SCHEMA_VERSION;
  let data = raw;
  while (version < SCHEMA_VERSION && MIGRATIONS[version]) data = MIGRATIONS[version++]!(data);
  return { ...data, schemaVersion: version };
}

export function inspectState(stored: Record<string, unknown>): Inspected {
  const storedVersion = typeof stored.schemaVersion === 'number' ? stored.schemaVersion : null;
  const newer = storedVersion !== null && storedVersion > SCHEMA_VERSION;
  const raw = newer ? stored : migrate(stored);
  const bad: string[] = [];
  const prefs = fields(Prefs, raw.prefs, PREFS_DEFAULT, 'prefs', bad);
  const state: State = {
    // Absent preferences (a fresh install) mean opt-out; unreadable ones mean audit only: change nothing.
    prefs: bad.some((p) => p === 'prefs' || p === 'prefs.mode') ? { ...prefs, mode: 'audit' } : prefs,
    settings: records(SettingRecord, raw.settings, NO_RECORD, 'settings', bad),
    run: whole(CHECK.run, raw.run, null, 'run', bad),
    reminders: whole(CHECK.reminders, raw.reminders, null, 'reminders', bad),
    objections: records(Objection, raw.objections, NO_OBJECTION, 'objections', bad),
    profile: fields(Profile, profileOf(raw.profile), NO_PROFILE, 'profile', bad),
    walkthrough: fields(Walkthrough, raw.walkthrough, { cleanupDone: false }, 'walkthrough', bad),
    notice: whole(CHECK.notice, raw.notice, null, 'notice', bad),
    sweep: whole(CHECK.sweep, raw.sweep, null, 'sweep', bad),
    checks: checksOf(raw.checks, bad),
    found: list<FoundItem>(FoundItem, raw.found, 'found', bad).slice(0, FOUND_KEPT),
  };
  if (bad.length) console.warn('storage: unreadable values replaced by their defaults', bad);
  return { state, unreadable: bad, storedVersion, newer };
}

export function parseState(raw: Record<string, unknown>): State {
  return inspectState(raw).state;
}

/** One setting's record (empty when never checked). */
export const recordOf = (state: State, settingId: string): SettingRecord => state.settings[settingId] ?? NO_RECORD;
/** The objection form's record. */
export const objectionOf = (state: State, formId = DPRO_FORM): Objection => state.objections[formId] ?? NO_OBJECTION;

export async function readState(): Promise<Inspected> {
  return inspectState(await browser.storage.local.get(null));
}

// --- writing, one at a time ---------------------------------------------------------------

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change and write storage as one step, after every earlier step has finished, so
 * two events at once cannot undo each other. `change` gets the state as stored now and
 * returns the values to write (or nothing). Old data is migrated and unreadable fields
 * repaired on the way, with a notice for the user; data from a newer version is never
 * written over. Resolves with the state as written.
 */
export function update(change: (state: State) => Partial<State> | null | undefined): Promise<State> {
  const step = queue.then(async () => {
    const stored = await browser.storage.local.get(null);
    const { state, unreadable, storedVersion, newer } = inspectState(stored);
    const patch = change(state) ?? {};
    const next = { ...state, ...patch };
    if (newer) return next; // read-only until the extension is updated: never rewrite newer data
    const writes: Record<string, unknown> = {};
    const migrated = storedVersion !== SCHEMA_VERSION && Object.keys(stored).length > 0;
    // After a migration every value is written in the new shape; after a repair the repaired ones.
    const repaired = new Set(unreadable.map((p) => p.split('.')[0] as Key));
    for (const key of KEYS) if (migrated || repaired.has(key) || key in patch) writes[key] = CHECK[key].parse(next[key]);
    const reset = [...repaired].filter((k) => k !== 'notice');
    if (reset.length && !('notice' in patch)) {
      next.notice = { kind: 'storage-reset', keys: [...new Set([...(state.notice?.keys ?? []), ...reset])].slice(0, 20), at: Date.now() };
      writes.notice = next.notice;
    }
    // Old keys go after the new shape is written, never before, so a stop in between loses
    // nothing; one left by such a stop goes on the next step (it is ignored until then).
    const retired = RETIRED_KEYS.filter((k) => k in stored);
    if (Object.keys(writes).length > 0 || storedVersion !== SCHEMA_VERSION) {
      await browser.storage.local.set({ ...writes, schemaVersion: SCHEMA_VERSION });
    }
    if (retired.length) await browser.storage.local.remove(retired);
    return next;
  });
  queue = step.catch(() => undefined);
  return step;
}

/**
 * Calls back whenever one of our values changes. The caller reads what it needs: the
 * worker recomputes from storage itself, so reading the state here would read it twice.
 */
export function onStateChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => k in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
