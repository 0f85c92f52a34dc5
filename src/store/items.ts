// Every value the extension keeps in storage.local, declared once: its key, the schema a
// value must pass before it is written, how it is read back (field by field, whole, by
// record; ./repair.ts), its fallback, and its name when the user is told it was reset. The
// state's type, the keys written and the notice's words are derived from this table.
import type { MessageKey } from '../generated/message-keys';
import { OPTIONAL_SERVICE_IDS } from '../services';
import { z } from '../platform/zod';
import { isObject } from '../engine/shape';
import { fields, list, records, whole, wholes } from './repair';
import {
  CameBack,
  ClickLog,
  Drafts,
  FoundItem,
  Notice,
  Objection,
  Prefs,
  Profile,
  Reminders,
  type Run as RunValue,
  Runs,
  SettingRecord,
  Sites,
  Sweep,
  Walkthrough,
  type CameBack as CameBackValue,
  type Objection as ObjectionValue,
  type Prefs as PrefsValue,
  type Profile as ProfileValue,
  type SettingRecord as SettingRecordValue,
} from './schemas';

/** New things found on a service's pages are kept up to this many, the latest first. */
export const FOUND_KEPT = 20;

export const NO_RECORD: SettingRecordValue = { audit: null, known: null, page: null };
export const NO_OBJECTION: ObjectionValue = { run: null, report: null, reportedAt: null, formFound: null, ended: null, submittedAt: null, caseNumber: null };
const PREFS_DEFAULT: PrefsValue = { mode: 'optout', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null };
const NO_PROFILE: ProfileValue = { firstName: '', lastName: '', email: '', country: '', explanation: '' };

/** A profile as an older version stored it ({ name, email }): the name is kept whole, for the user to split. */
function profileOf(raw: unknown): unknown {
  if (!isObject(raw) || typeof raw.name !== 'string' || 'firstName' in raw) return raw;
  const { name, ...rest } = raw;
  return { ...rest, ...(name.trim() ? { legacyName: name } : {}) };
}

interface Item<T> {
  /** What a value must pass before it is written: nothing malformed is ever written. */
  check: { parse(v: unknown): T };
  /** How it is read back from `raw`; an unreadable part is listed in `bad` under `path`. */
  read: (raw: unknown, bad: string[], path: string) => T;
  /** Its name in words, when the user is told it had to be reset (none: not worth telling). */
  name?: MessageKey;
}
const item = <T>(declared: Item<T>): Item<T> => declared;

export const ITEMS = {
  prefs: item({
    check: Prefs,
    // Absent preferences (a fresh install) mean opt-out; unreadable ones mean audit only: change nothing.
    read: (raw, bad, path) => {
      const before = bad.length;
      const prefs = fields(Prefs, raw, PREFS_DEFAULT, path, bad);
      return bad.slice(before).some((p) => p === path || p === `${path}.mode`) ? { ...prefs, mode: 'audit' as const } : prefs;
    },
    name: 'storageKey_prefs',
  }),
  settings: item({
    check: z.record(z.string(), SettingRecord),
    read: (raw, bad, path) => records(SettingRecord, raw, NO_RECORD, path, bad),
    name: 'storageKey_audit',
  }),
  /** The checks under way, one run per tab. */
  runs: item({ check: Runs, read: (raw, bad, path) => whole<RunValue[]>(Runs, raw, [], path, bad), name: 'storageKey_run' }),
  reminders: item({ check: z.nullable(Reminders), read: (raw, bad, path) => whole(z.nullable(Reminders), raw, null, path, bad), name: 'storageKey_reminders' }),
  objections: item({
    check: z.record(z.string(), Objection),
    read: (raw, bad, path) => records(Objection, raw, NO_OBJECTION, path, bad),
    name: 'storageKey_objection',
  }),
  profile: item({ check: Profile, read: (raw, bad, path) => fields(Profile, profileOf(raw), NO_PROFILE, path, bad), name: 'storageKey_profile' }),
  walkthrough: item({
    check: Walkthrough,
    read: (raw, bad, path) => fields(Walkthrough, raw, { cleanupDone: false }, path, bad),
    name: 'storageKey_walkthrough',
  }),
  notice: item({ check: z.nullable(Notice), read: (raw, bad, path) => whole(z.nullable(Notice), raw, null, path, bad) }),
  /** LinkedIn's last privacy check. */
  sweep: item({ check: z.nullable(Sweep), read: (raw, bad, path) => whole(z.nullable(Sweep), raw, null, path, bad) }),
  /** The last check of each other service, as `sweep` is LinkedIn's. */
  checks: item({
    check: z.partialRecord(z.enum(OPTIONAL_SERVICE_IDS), Sweep),
    read: (raw, bad, path) => wholes<(typeof OPTIONAL_SERVICE_IDS)[number], Sweep>(Sweep, OPTIONAL_SERVICE_IDS, raw, path, bad),
  }),
  /** The last clicks on each setting's switch (engine/check/click-window.ts): a bound across runs, kept over a worker's restart. */
  clickLog: item({
    check: ClickLog,
    read: (raw, bad, path) => whole<Record<string, number[]>>(ClickLog, raw, {}, path, bad),
  }),
  /** The user's sites on each service that repeats a setting per site, as its own list showed them: addresses only, never sent anywhere. */
  sites: item({
    check: z.partialRecord(z.enum(OPTIONAL_SERVICE_IDS), Sites),
    read: (raw, bad, path) => wholes<(typeof OPTIONAL_SERVICE_IDS)[number], string[]>(Sites, OPTIONAL_SERVICE_IDS, raw, path, bad),
  }),
  /** When an objection e-mail was last opened as a draft, by service (a service with no switch): the date only. */
  drafts: item({ check: Drafts, read: (raw, bad, path) => whole<Record<string, number>>(Drafts, raw, {}, path, bad) }),
  /** Settings found on again after they were verified off (engine/check/came-back.ts), until verified off again. */
  cameBack: item({ check: CameBack, read: (raw, bad, path) => whole<CameBackValue>(CameBack, raw, {}, path, bad) }),
  found: item({
    check: z.array(FoundItem).check(z.maxLength(FOUND_KEPT)),
    read: (raw, bad, path) => list<FoundItem>(FoundItem, raw, path, bad).slice(0, FOUND_KEPT),
  }),
};

export type Key = keyof typeof ITEMS;
export const KEYS = Object.keys(ITEMS) as Key[];
/** What the extension remembers, as read. */
export type State = { [K in Key]: ReturnType<(typeof ITEMS)[K]['read']> };
