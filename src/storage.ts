// What the extension remembers, in storage.local. Each value is declared once with
// its schema and default and is read only through that declaration, so a corrupted or
// foreign value falls back to its default instead of breaking the popup or the worker.
// Separate keys, because the popup writes prefs while the worker writes the rest.
import browser from 'webextension-polyfill';
import { PROFILE_LIMITS } from './core/objection-profile';
import { RUN_ENDS } from './core/objection-terms';
import { MODES, OUTCOMES, STEPS } from './core/outcomes';
import { RECHECK_CHOICES } from './core/reminders';
import { PrefillReport } from './messages';
import { z } from './schema';

export const SCHEMA_VERSION = 2;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each step takes storage as version N left it and returns it as version N + 1 reads it. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 -> 2: the preferences gained the reminder settings.
  1: (raw) => (isObject(raw.prefs) ? { ...raw, prefs: { muted: false, snoozeUntil: null, recheckDays: 30, ...raw.prefs } } : raw),
};

/** Bring stored data up to this version. Data without a version but with content is version 1. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Object.keys(raw).length > 0 ? 1 : SCHEMA_VERSION;
  let data = raw;
  while (version < SCHEMA_VERSION && MIGRATIONS[version]) data = MIGRATIONS[version++]!(data);
  return { ...data, schemaVersion: version };
}

// Fields added after version 1 carry defaults, so prefs stored by an older version
// still parse (and keep the user's mode) instead of falling back whole.
export const Prefs = z.object({
  mode: z.enum(MODES),
  muted: z.boolean().default(false),
  snoozeUntil: z.number().nullable().default(null),
  recheckDays: z.union(RECHECK_CHOICES.map((n) => z.literal(n))).default(30),
});
export const Audit = z.object({
  outcome: z.enum(OUTCOMES),
  at: z.number(),
  source: z.enum(['popup', 'page']),
  clicks: z.number().int().min(0).max(3),
  detail: z.string().max(64).optional(),
});
/** The last time we actually read the switch, and what it said. */
export const Known = z.object({ state: z.enum(['on', 'off']), at: z.number() });
/** An audit under way: which tab, since when, how far. */
export const Run = z.object({
  tabId: z.number().int(),
  startedAt: z.number(),
  step: z.enum(STEPS),
  source: z.enum(['popup', 'page']),
  mode: z.enum(MODES),
});

/** Reminder bookkeeping: when we were installed, the last reminder shown. */
export const Reminders = z.object({
  installedAt: z.number(),
  last: z.object({ key: z.string().max(120), at: z.number() }).nullable(),
});

/**
 * The formal objection: the prefill under way or done, and the user's receipt. The run
 * and the report are disposable (a stale shape reads as none); the receipt is not.
 */
export const Objection = z.object({
  run: z
    .object({
      tabId: z.number().int(),
      startedAt: z.number(),
      prefilled: z.boolean(),
      /** The run's tab has shown the form: only then may a confirmation page follow. */
      formSeen: z.boolean().default(false),
    })
    .nullable()
    .catch(null),
  report: PrefillReport.nullable().catch(null),
  reportedAt: z.number().nullable().catch(null),
  /** null: no form was found in the tab. */
  formFound: z.boolean().nullable().catch(null),
  /** Why the last run ended before a confirmation (the popup says so). */
  ended: z.enum(RUN_ENDS).nullable().catch(null).default(null),
  submittedAt: z.number().nullable(),
  caseNumber: z.string().nullable(),
});
/**
 * What the user typed into the extension for the form; never read from LinkedIn. Older
 * versions kept the name as one string: it is kept as `legacyName`, for the user to split
 * into first and last name themselves (we never guess where a name splits).
 */
export const Profile = z.preprocess(
  (raw) =>
    isObject(raw) && typeof raw.name === 'string' && !('firstName' in raw)
      ? { firstName: '', lastName: '', email: raw.email, ...(raw.name.trim() ? { legacyName: raw.name } : {}) }
      : raw,
  z.object({
    firstName: z.string().max(PROFILE_LIMITS.name),
    lastName: z.string().max(PROFILE_LIMITS.name),
    email: z.string().max(PROFILE_LIMITS.email),
    legacyName: z.string().max(200).optional(),
  }),
);
/** Stored values that could not be read and were reset (the user is told once). */
export const Notice = z.object({ kind: z.literal('storage-reset'), keys: z.array(z.string().max(40)).max(20), at: z.number() });
export type Notice = z.infer<typeof Notice>;

/** Walkthrough progress that is not derived from other facts. */
export const Walkthrough = z.object({ cleanupDone: z.boolean() });

export type Objection = z.infer<typeof Objection>;
export type Profile = z.infer<typeof Profile>;
export type Walkthrough = z.infer<typeof Walkthrough>;
export type Prefs = z.infer<typeof Prefs>;
export type Reminders = z.infer<typeof Reminders>;
export type Audit = z.infer<typeof Audit>;
export type Known = z.infer<typeof Known>;
export type Run = z.infer<typeof Run>;

const ITEMS = {
  schemaVersion: { schema: z.number().int().positive(), fallback: SCHEMA_VERSION },
  prefs: { schema: Prefs, fallback: { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30 } as Prefs },
  audit: { schema: Audit.nullable(), fallback: null as Audit | null },
  known: { schema: Known.nullable(), fallback: null as Known | null },
  run: { schema: Run.nullable(), fallback: null as Run | null },
  reminders: { schema: Reminders.nullable(), fallback: null as Reminders | null },
  objection: {
    schema: Objection,
    fallback: { run: null, report: null, reportedAt: null, formFound: null, ended: null, submittedAt: null, caseNumber: null } as Objection,
  },
  profile: { schema: Profile, fallback: { firstName: '', lastName: '', email: '' } as Profile },
  walkthrough: { schema: Walkthrough, fallback: { cleanupDone: false } as Walkthrough },
  /** Something the user must be told once, until they dismiss it. */
  notice: { schema: Notice.nullable(), fallback: null as Notice | null },
} as const;

type Items = typeof ITEMS;
export type State = { [K in keyof Items]: Items[K]['fallback'] };
export type Key = keyof State;
const KEYS = Object.keys(ITEMS) as Key[];

/**
 * Migrate and parse raw storage contents. Each value is read on its own: an unreadable
 * one becomes its default and is listed, and the others (the user's record above all)
 * are kept as they are.
 */
export function inspectState(stored: Record<string, unknown>): { state: State; unreadable: Key[] } {
  const raw = migrate(stored);
  const state = {} as Record<Key, unknown>;
  const unreadable: Key[] = [];
  for (const key of KEYS) {
    const item = ITEMS[key];
    const parsed = raw[key] === undefined ? null : item.schema.safeParse(raw[key]);
    if (parsed && !parsed.success) {
      console.warn(`storage: "${key}" is unreadable, using its default`, parsed.error.issues);
      unreadable.push(key);
    }
    state[key] = parsed?.success ? parsed.data : item.fallback;
  }
  return { state: state as State, unreadable };
}

export function parseState(raw: Record<string, unknown>): State {
  return inspectState(raw).state;
}

/**
 * Write back what migration or repair changed, and leave a notice for the user when
 * something had to be reset. Called by the worker whenever it recomputes.
 */
export async function repairState(): Promise<State> {
  const raw = await browser.storage.local.get(KEYS);
  const { state, unreadable } = inspectState(raw);
  const migrated = raw.schemaVersion !== SCHEMA_VERSION && Object.keys(raw).length > 0;
  if (unreadable.length === 0 && !migrated) return state;
  // After a migration every stored value is rewritten; otherwise only the reset ones.
  const rewrite = KEYS.filter((key) => unreadable.includes(key) || (migrated && raw[key] !== undefined));
  const patch: Record<string, unknown> = Object.fromEntries(rewrite.map((key) => [key, state[key]]));
  patch.schemaVersion = SCHEMA_VERSION;
  const reset = unreadable.filter((key) => key !== 'schemaVersion' && key !== 'notice');
  if (reset.length === 0) {
    await browser.storage.local.set(patch);
    return state;
  }
  const notice: Notice = { kind: 'storage-reset', keys: [...new Set([...(state.notice?.keys ?? []), ...reset])], at: Date.now() };
  await browser.storage.local.set({ ...patch, notice });
  return { ...state, notice };
}

export async function readState(): Promise<State> {
  return parseState(await browser.storage.local.get(KEYS));
}

/** Write some values; each is validated first, so nothing malformed is ever stored. */
export async function writeState(patch: Partial<State>): Promise<void> {
  const clean: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const key of Object.keys(patch) as Key[]) clean[key] = ITEMS[key].schema.parse(patch[key]);
  await browser.storage.local.set(clean);
}

/** Change some preferences, keeping the others. */
export async function updatePrefs(patch: Partial<Prefs>): Promise<void> {
  const { prefs } = await readState();
  await writeState({ prefs: { ...prefs, ...patch } });
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
