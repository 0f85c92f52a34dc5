// Reminder notifications. A reminder offers to act now: a button where the browser has
// them (Chrome), and a click on the notification itself (Firefox has no buttons).
import browser from 'webextension-polyfill';
import type { Reminder, ReminderKind } from '../engine/time/reminders';
import { t, tn } from '../platform/i18n';

const PREFIX = 'reminder:';

const KINDS: readonly ReminderKind[] = ['countdown', 'deadline-day', 'after'];

/** The reminder kind behind a notification id, or null if it is not one of ours. */
export function reminderKindOf(id: string): ReminderKind | null {
  if (!id.startsWith(PREFIX)) return null;
  const kind = id.slice(PREFIX.length).split(':')[0];
  return KINDS.find((k) => k === kind) ?? null;
}

function texts(r: Reminder): { title: string; message: string; action: string } {
  switch (r.kind) {
    case 'countdown':
      return { title: tn('notifCountdownTitle', r.daysLeft, r.daysLeft), message: t('notifCountdownBody'), action: t('notifButtonSwitchOff') };
    case 'deadline-day':
      return { title: t('notifDayTitle'), message: t('notifCountdownBody'), action: t('notifButtonSwitchOff') };
    case 'after':
      return { title: t('notifAfterTitle'), message: t('notifAfterBody'), action: t('notifButtonSwitchOff') };
  }
}

export async function showReminder(r: Reminder): Promise<void> {
  const { title, message, action } = texts(r);
  // Reminder keys start with their kind, which reminderKindOf reads back.
  const id = PREFIX + r.key;
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
    buttons: [{ title: action }, { title: t('notifButtonSnooze') }],
  };
  try {
    await browser.notifications.create(id, options);
  } catch {
    const { buttons: _unsupported, ...plain } = options;
    await browser.notifications.create(id, plain);
  }
}
