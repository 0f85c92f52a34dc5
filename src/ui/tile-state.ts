// Where each service the product knows stands, for the dashboard's tiles and the popup's
// "N of M services protected": one pure function over the stored state, the hosts granted
// and the time, so the two can never disagree. Words and colours are the views' business;
// this says only which state and why. It lives in ui/ because both pages read it (a page
// never imports the other's files).
//
// The run model is read here and nowhere else on the dashboard: the runs under way (one per
// tab, side by side: engine/check/parallel.ts `runningFor` says what runs for a service) and
// `state.checks[id]` each service's last check.
import type { Outcome } from '../engine/check/outcomes';
import { rowState } from '../engine/check/rows';
import { runningFor } from '../engine/check/parallel';
import { RUN_STALE_MS } from '../engine/check/status';
import type { ManualService, ServiceGroup } from '../engine/model';
import { OPTIONAL_SERVICES, type OptionalService, rowsOf, SERVICES } from '../services';
import { chosenIds } from '../services/linkedin/privacy-check';
import type { NO_CONTROL } from '../services/no-control';
import type { State } from '../store/items';
import { objectionOf } from '../store/store';
import type { Granted } from './useServices';

type NoControlRow = (typeof NO_CONTROL)[number];

/** A service as the dashboard lists it, by the kind of thing the user can do there. */
export type Entry = { id: string; name: string; category?: ServiceGroup } & (
  | { kind: 'linkedin' }
  /** An optional service with settings to switch off. */
  | { kind: 'switch'; service: OptionalService }
  /** An optional service with objection forms only (Meta). */
  | { kind: 'forms'; service: OptionalService }
  | { kind: 'manual'; service: ManualService }
  /** A service with nothing to switch off (no-control.ts); its id made from its name. */
  | { kind: 'none'; row: NoControlRow }
);

/**
 * The services the user can add (LinkedIn, held from install, and the optional ones): the
 * only ones the popup counts, so the popup loads none of the others' data. The dashboard's
 * whole list, manual and no-control services too, is options/dashboard/entries.ts.
 */
export const ADDABLE: readonly Entry[] = [
  { kind: 'linkedin', id: SERVICES[0].id, name: SERVICES[0].name, category: SERVICES[0].category },
  ...OPTIONAL_SERVICES.map(
    (service): Entry => ({ kind: service.settings.length > 0 ? 'switch' : 'forms', id: service.id, name: service.name, category: service.category, service }),
  ),
];

/** Why a service needs the user: a setting seen on, a check that failed (its outcome), signed out, a form still to send. */
export type NeedsWhy = { why: 'on' } | { why: 'problem'; outcome: Outcome; detail?: string } | { why: 'signed-out' } | { why: 'form' };

export type Tile =
  /** Every recommended row verified in its protective state (`at`: the oldest of those verifications), or every form sent (`by: 'sent'`). */
  | { kind: 'protected'; at: number; by: 'verified' | 'sent' }
  | ({ kind: 'needs-you' } & NeedsWhy)
  | { kind: 'checking' }
  | { kind: 'not-added' }
  /** Added, its rows not all checked yet. */
  | { kind: 'unchecked' }
  /** No switch at all (no-control.ts). */
  | { kind: 'nothing' }
  /** Its rows not offered to this account. */
  | { kind: 'absent'; at: number }
  /** Its setting retired for everyone (Microsoft Copilot), since that day. */
  | { kind: 'retired'; since: string }
  /** A manual-only service: the steps by hand. */
  | { kind: 'by-hand' };

/** Is a check of this service under way now? The one place that knows how runs are stored. */
const isRunning = (state: State, id: string, now: number): boolean => {
  const running = runningFor(state.runs, id);
  return running !== null && now - running.touchedAt < RUN_STALE_MS;
};

/** The rows that must be protective for the service to count as protected: LinkedIn's those the user chose to keep off, another's the recommended ones. */
function rowsToKeep(entry: Entry, state: State) {
  if (entry.kind === 'linkedin') {
    const ids = chosenIds(state.prefs.chosen);
    return SERVICES[0].settings.filter((s) => ids.includes(s.id));
  }
  if (entry.kind !== 'switch') return [];
  return rowsOf(entry.service.id, state.sites).filter((s) => s.recommended);
}

/** Where a service stands, for its tile. `granted`: each optional service's host held (absent: not known yet, shown as not added). */
export function tileOf(entry: Entry, state: State, granted: Granted, now: number): Tile {
  if (entry.kind === 'none') return { kind: 'nothing' };
  if (entry.kind === 'manual') return { kind: 'by-hand' };
  if (entry.kind !== 'linkedin' && granted[entry.service.id] !== true) return { kind: 'not-added' };
  if (isRunning(state, entry.id, now)) return { kind: 'checking' };
  if (entry.kind === 'forms') {
    const sent = entry.service.forms.map((form) => objectionOf(state, form.id).submittedAt);
    return sent.every((at) => at !== null) ? { kind: 'protected', at: Math.min(...(sent as number[])), by: 'sent' } : { kind: 'needs-you', why: 'form' };
  }
  const check = entry.kind === 'switch' ? state.checks[entry.service.id] : state.sweep;
  if (check?.end === 'signed-out' || check?.end === 'checkpoint') return { kind: 'needs-you', why: 'signed-out' };
  const rows = rowsToKeep(entry, state);
  const read = rows.map((row) => ({ row, record: state.settings[row.id], state: rowState(state.settings[row.id]) }));
  if (read.some((r) => r.state === 'on')) return { kind: 'needs-you', why: 'on' };
  const failed = read.find((r) => r.state === 'problem');
  if (failed?.record?.audit) return { kind: 'needs-you', why: 'problem', outcome: failed.record.audit.outcome, detail: failed.record.audit.detail };
  if (read.length === 0 || read.some((r) => r.state === 'unchecked')) return { kind: 'unchecked' };
  const off = read.filter((r) => r.state === 'off');
  if (off.length > 0) return { kind: 'protected', at: Math.min(...off.map((r) => r.record!.known!.at)), by: 'verified' };
  // Every row not offered here: retired for everyone where the page said so, else not offered to this account.
  const retired = read.find((r) => r.record?.audit?.detail === 'retired' && r.row.retired);
  if (retired?.row.retired) return { kind: 'retired', since: retired.row.retired.since };
  return { kind: 'absent', at: Math.max(...read.map((r) => r.record!.audit!.at)) };
}

/**
 * The popup's line: of the services the user added (LinkedIn always, with its host held
 * from install) and that have something to protect for this account, how many are protected
 * (every recommended row verified in its protective state, or every form sent).
 */
export function protectedCount(state: State, granted: Granted, now: number): { protected: number; added: number } {
  const added = ADDABLE.filter((e) => e.kind === 'linkedin' || ((e.kind === 'switch' || e.kind === 'forms') && granted[e.service.id] === true));
  // A service with nothing to switch off for this account (retired for everyone, or not
  // offered here) is left out: counted as unprotected it would raise a false alarm, counted
  // as protected it would be a false "done". Its tile says which.
  const counted = added.map((e) => tileOf(e, state, granted, now).kind).filter((kind) => kind !== 'retired' && kind !== 'absent');
  return { protected: counted.filter((kind) => kind === 'protected').length, added: counted.length };
}
