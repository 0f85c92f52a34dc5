// A setting found on again after it was verified off (background/came-back.ts keeps it):
// said on its row until a fresh load verifies it off again.
import { formatDay } from '../platform/format';
import { t } from '../platform/i18n';
import type { CameBack } from '../store/schemas';

export function CameBackLine({ back }: { back: CameBack[string] | undefined }) {
  if (!back) return null;
  return (
    <p class="error" role="status" data-testid="came-back">
      {t('cameBackLine', formatDay(back.since))}
    </p>
  );
}
