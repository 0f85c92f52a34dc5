// The re-check schedule in the worker: once a week or a month every service the user added
// is read again, in audit mode (never a click), by the same entry point as the dashboard's
// "Check everything I added" (./checks/everything.ts). A setting found on again is then a
// notification of its own (./came-back.ts).
import browser from 'webextension-polyfill';
import { recheckPlan } from '../engine/time/recheck';
import { hasServiceAccess } from '../platform/access';
import { SERVICES } from '../services';
import type { State } from '../store/items';
import { update } from '../store/store';
import { startEverything } from './checks/everything';

const ALARM = 'recheck';

/** Start the re-check if it is due, and wake the worker when the next one is. Called at every recompute. */
export async function keepRecheckSchedule(state: State, now: number): Promise<void> {
  // The schedule counts from the first time it sees the data (an install, or an update from
  // a version without it): never a re-check straight after an update. The write brings the worker back.
  if (state.reminders && state.reminders.recheckedAt === null) {
    await update((s) => (s.reminders && s.reminders.recheckedAt === null ? { reminders: { ...s.reminders, recheckedAt: now } } : null));
    return;
  }
  const since = state.reminders?.recheckedAt ?? now;
  const plan = recheckPlan(state.prefs.recheck, since, now);
  // A check under way (the user's own) goes first: its end changes storage, which brings the worker back here.
  if (plan.due && state.runs.length > 0) return;
  if (plan.due) {
    // Written before the start, so a wake-up meanwhile never starts a second one.
    await update((s) => ({ reminders: { installedAt: s.reminders?.installedAt ?? now, last: s.reminders?.last ?? null, recheckedAt: now } }));
    // Nothing added (LinkedIn's access withheld, no other service granted): no tab, nothing runs.
    if (await anyAdded()) await startEverything({ scheduled: true });
  }
  if (plan.wakeAt === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when: Math.max(plan.wakeAt, now + 1000) });
}

async function anyAdded(): Promise<boolean> {
  const granted = await Promise.all(SERVICES.map(hasServiceAccess));
  return granted.includes(true);
}
