// Told once: saved data that could not be read was reset. Dismissing clears it.
import { t } from '../i18n';
import { writeState, type Notice as NoticeState } from '../storage';

export function Notice({ notice }: { notice: NoticeState }) {
  const names = notice.keys.map((key) => t(`storageKey_${key}`)).join(', ');
  return (
    <div class="problem" role="alert" data-testid="notice">
      <p>{t('noticeStorageReset', names)}</p>
      <button type="button" class="small secondary" onClick={() => void writeState({ notice: null })}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
