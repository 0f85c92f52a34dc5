// The deadline in plain words: what LinkedIn does, and when (or since when).
import browser from 'webextension-polyfill';
import { daysLeft, parseDate } from '../engine/time/calendar';
import { phaseOf } from '../engine/time/reminders';
import { currentDeadline } from '../services/linkedin/deadline';
import { userTimeZone } from '../engine/time/calendar';
import { formatDay } from '../platform/format';
import { t, tn } from '../platform/i18n';

const DEADLINE = currentDeadline();

/**
 * A dated change on the user's calendar, in words: the days left before it, the day itself,
 * or "in force since" (said differently once the setting is off). LinkedIn's deadline here,
 * another service's date on its card (options/Services.tsx).
 */
export function datedLine(now: number, isoDate: string, off: boolean): { phase: ReturnType<typeof phaseOf>; when: string } {
  const left = daysLeft(now, { date: isoDate }, userTimeZone());
  const date = formatDay(parseDate(isoDate));
  const phase = phaseOf(left);
  const when =
    phase === 'before'
      ? tn('deadlineBefore', left, date, left)
      : phase === 'day'
        ? t('deadlineToday', date)
        : t(off ? 'deadlineAfterOff' : 'deadlineAfter', date);
  return { phase, when };
}

/**
 * `brief`: the dated line only (the popup, a glance); otherwise also what LinkedIn does
 * and whom it concerns (the options page).
 */
export function Deadline({ now, optedOut, brief = false }: { now: number; optedOut: boolean; brief?: boolean }) {
  const { phase, when } = datedLine(now, DEADLINE.date, optedOut);
  return (
    <section class={`deadline phase-${phase}`} data-testid="deadline">
      {!optedOut && !brief && <p>{t(DEADLINE.meaningKey)}</p>}
      <p class="when">
        <strong>{when}</strong>{' '}
        <button type="button" class="link inline" onClick={() => void browser.tabs.create({ url: DEADLINE.source })}>
          {t('deadlineSource')}
        </button>
      </p>
    </section>
  );
}
