// Reminder controls: snooze, mute, and how often to re-check once off.
import { DAY_MS } from '../engine/time/calendar';
import { RECHECK_CHOICES, SNOOZE_DAYS } from '../engine/time/reminders';
import { t, tn } from '../platform/i18n';
import type { Prefs } from '../store/schemas';
import { updatePrefs } from '../ui/changes';
import { formatDay } from '../platform/format';

export function Reminders({ prefs, now }: { prefs: Prefs; now: number }) {
  const snoozed = prefs.snoozeUntil !== null && prefs.snoozeUntil > now;
  return (
    <fieldset class="reminders" data-testid="reminders">
      <legend>{t('remindersTitle')}</legend>
      {snoozed ? (
        <p>
          {t('remindersSnoozedUntil', formatDay(prefs.snoozeUntil!))}{' '}
          <button type="button" class="link inline" onClick={() => void updatePrefs({ snoozeUntil: null })}>
            {t('remindersResume')}
          </button>
        </p>
      ) : (
        !prefs.muted && (
          <button type="button" class="secondary small" onClick={() => void updatePrefs({ snoozeUntil: now + SNOOZE_DAYS * DAY_MS })}>
            {t('remindersSnooze')}
          </button>
        )
      )}
      <label class="setting">
        <input type="checkbox" checked={prefs.muted} onChange={(e) => void updatePrefs({ muted: e.currentTarget.checked })} />
        <span>{t('remindersMute')}</span>
      </label>
      <label class="setting select">
        <span>{t('remindersRecheck')}</span>
        <select
          value={String(prefs.recheckDays)}
          disabled={prefs.muted}
          onChange={(e) => void updatePrefs({ recheckDays: Number(e.currentTarget.value) as Prefs['recheckDays'] })}
        >
          {RECHECK_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {days === 0 ? t('recheckNever') : tn('recheckEvery', days, days)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
