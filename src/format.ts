// Dates as the popup shows them, in the user's language. One formatter for every part of
// the popup (deadline, record, reminders, objection), so they never disagree.
import { uiLanguage } from './i18n';

/** A calendar date in the user's language ("3 Nov 2025", "3 nov. 2025"): a calendar day as is, an instant in the user's time zone. */
export function formatDay(date: { y: number; m: number; d: number } | number): string {
  const at = typeof date === 'number' ? date : Date.UTC(date.y, date.m - 1, date.d, 12);
  const timeZone = typeof date === 'number' ? undefined : 'UTC';
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}
