// Told once: saved data that could not be read was reset. Dismissing clears it.
import { t } from '../platform/i18n';
import { ITEMS, type Key } from '../store/items';
import type { Notice as NoticeState } from '../store/schemas';
import { dismissNotice } from './changes';

/** A stored item's name in words (its declaration's, src/store/items.ts); its key if it has none (a future item, say). */
function nameOf(key: string): string {
  const name = key in ITEMS ? ITEMS[key as Key].name : undefined;
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
