// What LinkedIn shows that the extension does not know yet (engine/switch/discover.ts): told with a
// link to its page, never clicked. The popup shows the first unknown switch; the options
// page the whole list.
import { LINKEDIN_ORIGIN } from '../services/linkedin/switches';
import { t } from '../platform/i18n';
import type { FoundItem } from '../store/schemas';

/** What LinkedIn shows that we do not know: reported with a link, never clicked. */
export function Found({ items, first = false }: { items: readonly FoundItem[]; first?: boolean }) {
  const shown = first ? items.filter((f) => f.kind === 'switch').slice(0, 1) : items;
  if (shown.length === 0) return null;
  return (
    <div class="found" data-testid="found" role="note">
      {!first && <h3>{t('foundTitle')}</h3>}
      <ul>
        {shown.map((f) => (
          <li key={`${f.kind}${f.path}${f.label}`} data-found={f.kind}>
            {f.kind === 'entry' ? t('foundEntry', f.label) : t(f.state === 'off' ? 'foundSwitchOff' : 'foundSwitchOn', f.label)}{' '}
            <a href={LINKEDIN_ORIGIN + f.path} target="_blank" rel="noreferrer">
              {t('privacyOpenPage')}
            </a>
          </li>
        ))}
      </ul>
      {!first && <p class="hint">{t('foundNeverClicked')}</p>}
    </div>
  );
}
