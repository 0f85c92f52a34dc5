// The re-check schedule: every service the user added is read again (never clicked) once a
// week or once a month, or never. One preference for all services; a pure function of the
// time, so the worker calls it at every wake-up and a machine that slept through several
// periods re-checks once, not once per period.
import { DAY_MS } from './calendar';

export const RECHECK_SCHEDULES = ['off', 'weekly', 'monthly'] as const;
type RecheckSchedule = (typeof RECHECK_SCHEDULES)[number];

const PERIOD_DAYS: Record<Exclude<RecheckSchedule, 'off'>, number> = { weekly: 7, monthly: 30 };

interface RecheckPlan {
  /** Start the re-check now. */
  due: boolean;
  /** When to wake and look again (null: never, the schedule is off). */
  wakeAt: number | null;
}

/**
 * `since`: the last scheduled re-check, else the install (nothing is re-checked the day the
 * extension arrives). Due once a whole period has passed; the next one a period after now.
 */
export function recheckPlan(schedule: RecheckSchedule, since: number, now: number): RecheckPlan {
  if (schedule === 'off') return { due: false, wakeAt: null };
  const period = PERIOD_DAYS[schedule] * DAY_MS;
  const at = since + period;
  return at <= now ? { due: true, wakeAt: now + period } : { due: false, wakeAt: at };
}
