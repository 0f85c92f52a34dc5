// Told once: saved data that could not be read was reset. Dismissing clears it.
import { t } from '../i18n';
import type { MessageKey } from '../core/message-keys';
import { writeState, type Key, type Notice as NoticeState } from '../storage';

const NAMES: { [K in Key]?: MessageKey } = {
  prefs: 'storageKey_prefs',
  audit: 'storageKey_audit',
  known: 'storageKey_known',
  run: 'storageKey_run',
  reminders: 'storageKey_reminders',
  objection: 'storageKey_objection',
  profile: 'storageKey_profile',
  walkthrough: 'storageKey_walkthrough',
};

/** A stored item's name in words; its key if it has none (a future item, say). */
function nameOf(key: string): string {
  const name = NAMES[key as Key];
  return name ? t(name) : key;
}

export function Notice({ notice }: { notice: NoticeState }) {
  const names = notice.keys.map(nameOf).join(', ');
  return (
    <div class="problem" role="alert" data-testid="notice">
      <p>{t('noticeStorageReset', names)}</p>
      <button class="small secondary" onClick={() => void writeState({ notice: null })}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
