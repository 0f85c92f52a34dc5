// Told once: saved data that could not be read was reset. Dismissing clears it.
import { t } from '../i18n';
import type { Notice as NoticeState } from '../storage';
import { dismissNotice } from './changes';

// Stored values whose name for the user is that of the record they hold.
const NAMES: Record<string, string> = { settings: 'audit', objections: 'objection' };

export function Notice({ notice }: { notice: NoticeState }) {
  const names = notice.keys.map((key) => t(`storageKey_${NAMES[key] ?? key}`)).join(', ');
  return (
    <div class="problem" role="alert" data-testid="notice">
      <p>{t('noticeStorageReset', names)}</p>
      <button class="small secondary" onClick={() => void dismissNotice()}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
