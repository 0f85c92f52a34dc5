// Reminder controls: snooze, mute, and how often every added service is re-checked (read only).
import { DAY_MS } from '../engine/time/calendar';
import { SNOOZE_DAYS } from '../engine/time/reminders';
import { RECHECK_SCHEDULES } from '../engine/time/recheck';
import { t } from '../platform/i18n';
import type { Prefs } from '../store/schemas';
import { updatePrefs } from '../ui/changes';
import { formatDay } from '../platform/format';

const SCHEDULE_TEXT = { off: 'recheckNever', weekly: 'recheckWeekly', monthly: 'recheckMonthly' } as const;

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
        {/* Not a reminder: muting reminders leaves it as it is (a re-check only reads). */}
        <select value={prefs.recheck} data-setting="recheck" onChange={(e) => void updatePrefs({ recheck: e.currentTarget.value as Prefs['recheck'] })}>
          {RECHECK_SCHEDULES.map((schedule) => (
            <option key={schedule} value={schedule}>
              {t(SCHEDULE_TEXT[schedule])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
