// Dates as the popup and the options page show them, in the language of the texts shown
// (a Polish browser reading English texts gets English dates). One formatter for every
// part (deadline, record, reminders, objection), so they never disagree.
import { textLocale } from './i18n';

/** A calendar date ("Nov 3, 2025", "3 nov. 2025"): a calendar day as is, an instant in the user's time zone. */
export function formatDay(date: { y: number; m: number; d: number } | number): string {
  const at = typeof date === 'number' ? date : Date.UTC(date.y, date.m - 1, date.d, 12);
  const timeZone = typeof date === 'number' ? undefined : 'UTC';
  return new Intl.DateTimeFormat(textLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}
