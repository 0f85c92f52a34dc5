// Which reminder is due now and when to wake next: a pure function of the time, the
// deadline, the last verified audit and the user's preferences. The worker calls it at
// every start, alarm and audit; because it shows at most the latest reminder that is
// due, a machine that slept through several produces one catch-up, not a burst.
import { addDays, daysLeft, instantAt, localDate, parseDate, type Dated } from './calendar';

/** Countdown reminders, in days before the deadline (0: on the day). */
const COUNTDOWN_DAYS = [14, 7, 3, 1, 0] as const;
/** Reminders go out at this local hour, not in the middle of the night. */
const REMINDER_HOUR = 10;
/** After the deadline, without a verified opt-out: once a week. */
const AFTER_EVERY_DAYS = 7;
/** "Not now" postpones reminders by this much. */
export const SNOOZE_DAYS = 30;

export interface ReminderPrefs {
  muted: boolean;
  snoozeUntil: number | null;
}

export type ReminderKind = 'countdown' | 'deadline-day' | 'after';

export interface Reminder {
  /** Unique per slot, so a slot is never shown twice; starts with the kind. */
  key: string;
  kind: ReminderKind;
  at: number;
  daysLeft: number;
}

export interface PlanInput {
  now: number;
  timeZone: string;
  deadline: Dated;
  /** When the switch was last read as off, if it is off as far as we know. */
  verifiedOffAt: number | null;
  prefs: ReminderPrefs;
  /** The last reminder shown, if any. */
  last: { key: string; at: number } | null;
  /** Nothing from before this is reminded of (no burst right after installing). */
  installedAt: number;
}

export type Phase = 'before' | 'day' | 'after';

export interface Plan {
  phase: Phase;
  daysLeft: number;
  /** Show this one now (at most one). */
  due: Reminder | null;
  /** Wake the worker then to look again (null: nothing to wait for). */
  wakeAt: number | null;
  /** Next local midnight, when the days-left count changes. */
  nextMidnight: number;
}

export function phaseOf(left: number): Phase {
  return left > 0 ? 'before' : left === 0 ? 'day' : 'after';
}

/** The reminder slots that matter around `now`, in time order. */
function slots(input: PlanInput, left: number): Reminder[] {
  const { deadline, timeZone, verifiedOffAt } = input;
  // Verified off: nothing to remind of. Whether it stays off is the re-check schedule's
  // to find out, by reading it again (./recheck.ts), not a reminder's.
  if (verifiedOffAt !== null) return [];
  const day = parseDate(deadline.date);
  const result: Reminder[] = COUNTDOWN_DAYS.map((d) => ({
    key: `${d === 0 ? 'deadline-day' : 'countdown'}:${deadline.id}:${d}`,
    kind: d === 0 ? 'deadline-day' : 'countdown',
    at: instantAt(addDays(day, -d), REMINDER_HOUR, timeZone),
    daysLeft: d,
  }));
  if (left <= 0) {
    const week = Math.floor(-left / AFTER_EVERY_DAYS);
    for (const k of [week, week + 1]) {
      if (k < 1) continue;
      const d = AFTER_EVERY_DAYS * k;
      result.push({ key: `after:${deadline.id}:${k}`, kind: 'after', at: instantAt(addDays(day, d), REMINDER_HOUR, timeZone), daysLeft: -d });
    }
  }
  return result;
}

export function planReminders(input: PlanInput): Plan {
  const { now, timeZone, prefs, last, installedAt } = input;
  const left = daysLeft(now, input.deadline, timeZone);
  const nextMidnight = instantAt(addDays(localDate(now, timeZone), 1), 0, timeZone);
  const base = { phase: phaseOf(left), daysLeft: left, nextMidnight };
  if (prefs.muted) return { ...base, due: null, wakeAt: null };

  const all = slots(input, left);
  const floor = Math.max(installedAt, last?.at ?? 0);
  const past = all.filter((s) => s.at <= now && s.at > floor && s.key !== last?.key);
  const upcoming = all.find((s) => s.at > now) ?? null;
  const snoozed = prefs.snoozeUntil !== null && now < prefs.snoozeUntil;
  if (snoozed) {
    // One look when the snooze ends: whatever is due then comes as a single catch-up.
    const wakeAt = upcoming ? Math.max(upcoming.at, prefs.snoozeUntil!) : prefs.snoozeUntil;
    return { ...base, due: null, wakeAt };
  }
  return { ...base, due: past.at(-1) ?? null, wakeAt: upcoming?.at ?? null };
}
