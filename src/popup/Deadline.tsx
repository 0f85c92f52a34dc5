// The deadline in plain words: what LinkedIn does, and when (or since when).
import browser from 'webextension-polyfill';
import { daysLeft, parseDate } from '../core/deadline';
import { phaseOf } from '../core/reminders';
import { currentDeadline, userTimeZone } from '../current-deadline';
import { formatDay } from '../format';
import { t, tn } from '../i18n';

const DEADLINE = currentDeadline();

/**
 * `brief`: the dated line only (the popup, a glance); otherwise also what LinkedIn does
 * and whom it concerns (the options page).
 */
export function Deadline({ now, optedOut, brief = false }: { now: number; optedOut: boolean; brief?: boolean }) {
  const left = daysLeft(now, DEADLINE, userTimeZone());
  const date = formatDay(parseDate(DEADLINE.date));
  const phase = phaseOf(left);
  const when =
    phase === 'before'
      ? tn('deadlineBefore', left, date, left)
      : phase === 'day'
        ? t('deadlineToday', date)
        : t(optedOut ? 'deadlineAfterOff' : 'deadlineAfter', date);
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
