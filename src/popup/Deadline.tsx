// The deadline in plain words: what LinkedIn does, and when (or since when).
import browser from 'webextension-polyfill';
import { daysLeft, parseDate } from '../core/deadline';
import { phaseOf } from '../core/reminders';
import { currentDeadline, userTimeZone } from '../deadline';
import { t, uiLanguage } from '../i18n';

const DEADLINE = currentDeadline();

/** A calendar date in the user's language ("3 Nov 2025", "3 nov. 2025"). */
export function formatDay(date: { y: number; m: number; d: number } | number): string {
  const at = typeof date === 'number' ? date : Date.UTC(date.y, date.m - 1, date.d, 12);
  const timeZone = typeof date === 'number' ? undefined : 'UTC';
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}

export function Deadline({ now, optedOut }: { now: number; optedOut: boolean }) {
  const left = daysLeft(now, DEADLINE, userTimeZone());
  const date = formatDay(parseDate(DEADLINE.date));
  const phase = phaseOf(left);
  const when =
    phase === 'before'
      ? t('deadlineBefore', date, left)
      : phase === 'day'
        ? t('deadlineToday', date)
        : t(optedOut ? 'deadlineAfterOff' : 'deadlineAfter', date);
  return (
    <section class={`deadline phase-${phase}`} data-testid="deadline">
      {!optedOut && <p>{t(DEADLINE.meaningKey)}</p>}
      <p class="when">
        <strong>{when}</strong>{' '}
        <button type="button" class="link inline" onClick={() => void browser.tabs.create({ url: DEADLINE.source })}>
          {t('deadlineSource')}
        </button>
      </p>
    </section>
  );
}
