// What the extension remembers, in storage.local: read through the declarations of
// ./items.ts only, migrated (./migrations.ts) and repaired field by field on the way, so a
// fault in one field (or one record) never resets its neighbours and the user's receipt
// and details survive a bad value beside them. Every read-then-write runs in one serial
// queue in the worker (`update`); extension pages send their changes to the worker
// (`state/patch`) instead of writing themselves.
import browser from 'webextension-polyfill';
import { serial } from '../platform/serial';
import { ITEMS, KEYS, type Key, NO_OBJECTION, NO_RECORD, type State } from './items';
import { migrate, RETIRED_KEYS, SCHEMA_VERSION } from './migrations';
import type { Objection, SettingRecord } from './schemas';

export interface Inspected {
  state: State;
  /** Paths of the values that could not be read ("prefs.mode", "objections.linkedin-dpro.caseNumber"). */
  unreadable: string[];
  /** The version the stored data says it is (null: none stored). */
  storedVersion: number | null;
  /** Written by a newer version of the extension: read what we can, write nothing. */
  newer: boolean;
}

export function inspectState(stored: Record<string, unknown>): Inspected {
  const storedVersion = typeof stored.schemaVersion === 'number' ? stored.schemaVersion : null;
  const newer = storedVersion !== null && storedVersion > SCHEMA_VERSION;
  const raw = newer ? stored : migrate(stored);
  const bad: string[] = [];
  const state = Object.fromEntries(KEYS.map((key) => [key, ITEMS[key].read(raw[key], bad, key)])) as State;
  if (bad.length) console.warn('storage: unreadable values replaced by their defaults', bad);
  return { state, unreadable: bad, storedVersion, newer };
}

export function parseState(raw: Record<string, unknown>): State {
  return inspectState(raw).state;
}

/** One setting's record (empty when never checked). */
export const recordOf = (state: State, settingId: string): SettingRecord => state.settings[settingId] ?? NO_RECORD;
/** One objection form's record (empty when never started). */
export const objectionOf = (state: State, formId: string): Objection => state.objections[formId] ?? NO_OBJECTION;

/** The stored state, inspected; `raw`: a read of all storage already under way (the popup's, started as its page began). */
export async function readState(raw?: Promise<Record<string, unknown>>): Promise<Inspected> {
  return inspectState(await (raw ?? browser.storage.local.get(null)));
}

// --- writing, one at a time ---------------------------------------------------------------

const inQueue = serial();

/**
 * Read, change and write storage as one step, after every earlier step has finished, so
 * two events at once cannot undo each other. `change` gets the state as stored now and
 * returns the values to write (or nothing). Old data is migrated and unreadable fields
 * repaired on the way, with a notice for the user; data from a newer version is never
 * written over. Resolves with the state as written.
 */
export function update(change: (state: State) => Partial<State> | null | undefined): Promise<State> {
  return inQueue(async () => {
    const stored = await browser.storage.local.get(null);
    const { state, unreadable, storedVersion, newer } = inspectState(stored);
    const patch = change(state) ?? {};
    const next = { ...state, ...patch };
    if (newer) return next; // read-only until the extension is updated: never rewrite newer data
    const writes: Record<string, unknown> = {};
    const migrated = storedVersion !== SCHEMA_VERSION && Object.keys(stored).length > 0;
    // After a migration every value is written in the new shape; after a repair the repaired ones.
    const repaired = new Set(unreadable.map((p) => p.split('.')[0] as Key));
    for (const key of KEYS) if (migrated || repaired.has(key) || key in patch) writes[key] = ITEMS[key].check.parse(next[key]);
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
