// Reminder notifications. A reminder offers to act now: a button where the browser has
// them (Chrome), and a click on the notification itself (Firefox has no buttons).
import browser, { type Notifications } from 'webextension-polyfill';
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
  await showNotification(id, options);
}

/** A notification with its buttons where the browser has them; Firefox has none: the notification itself is pressed. */
export async function showNotification(id: string, options: Notifications.CreateNotificationOptions & { buttons?: { title: string }[] }): Promise<void> {
  try {
    await browser.notifications.create(id, options);
  } catch {
    const { buttons: _unsupported, ...plain } = options;
    await browser.notifications.create(id, plain);
  }
}

// Firefox may tell one press on a notification twice (seen in the browser tests): a second
// word of the same notification within a few seconds is the same press.
let lastPress = { id: '', at: 0 };
/** Is this the first word of a press on notification `id` (not Firefox's repeat of it)? */
export function firstPress(id: string, now = Date.now()): boolean {
  if (lastPress.id === id && now - lastPress.at < 5_000) return false;
  lastPress = { id, at: now };
  return true;
}
