// Told once: saved data that could not be read was reset. Dismissing clears it.
import { t } from '../platform/i18n';
import type { MessageKey } from '../generated/message-keys';
import type { Notice as NoticeState } from '../store/store';
import { dismissNotice } from './changes';

// Stored values by name; a setting's or a form's record is named as the record it holds.
const NAMES: Record<string, MessageKey> = {
  prefs: 'storageKey_prefs',
  settings: 'storageKey_audit',
  run: 'storageKey_run',
  reminders: 'storageKey_reminders',
  objections: 'storageKey_objection',
  profile: 'storageKey_profile',
  walkthrough: 'storageKey_walkthrough',
};

/** A stored item's name in words; its key if it has none (a future item, say). */
function nameOf(key: string): string {
  const name = NAMES[key];
  return name ? t(name) : key;
}

export function StorageNotice({ notice }: { notice: NoticeState }) {
  const names = notice.keys.map(nameOf).join(', ');
  return (
    <div class="problem" role="alert" data-testid="notice">
      <p>{t('noticeStorageReset', names)}</p>
      <button type="button" class="small secondary" onClick={() => void dismissNotice()}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
