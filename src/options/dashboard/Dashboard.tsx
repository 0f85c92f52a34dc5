// The dashboard, first on the options page: every service the product knows as one compact
// tile (ui/tile-state.ts says where each stands), a search by name and the groups, and one
// button that checks everything the user added. A tile's name opens its detail: the
// service's card further down the page, highlighted (options.css :target).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SERVICE_GROUPS } from '../../engine/model';
import type { MessageKey } from '../../generated/message-keys';
import { t } from '../../platform/i18n';
import type { Message } from '../../protocol/messages';
import type { State } from '../../store/items';
import { tileOf } from '../../ui/tile-state';
import { ENTRIES } from './entries';
import type { Granted } from '../../ui/useServices';
import { type GroupChoice, visible } from './filter';
import { Tile } from './Tile';

const GROUP_TEXT: Record<GroupChoice, MessageKey> = {
  all: 'dashboardAll',
  assistant: 'groupAssistant',
  network: 'groupNetwork',
  creative: 'groupCreative',
  publishing: 'groupPublishing',
};

export function Dashboard({ state, granted, now }: { state: State; granted: Granted; now: number }) {
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<GroupChoice>('all');
  const [noWorker, setNoWorker] = useState(false);
  const shown = visible(ENTRIES, query, group);

  const checkAll = async () => {
    setNoWorker(false);
    try {
      await browser.runtime.sendMessage({ type: 'services/check-all' } satisfies Message);
    } catch (error) {
      console.error('services/check-all failed', error);
      setNoWorker(true);
    }
  };

  return (
    <section id="dashboard" class="dashboard" data-testid="dashboard" aria-labelledby="dashboard-title">
      <div class="dashboard-head">
        <h2 id="dashboard-title">{t('dashboardTitle')}</h2>
        <button type="button" class="primary" data-action="check-all" onClick={() => void checkAll()}>
          {t('dashboardCheckAll')}
        </button>
      </div>
      {noWorker && (
        <p class="error" role="alert" data-testid="check-all-error">
          {t('problemNoWorker')}
        </p>
      )}
      <div class="dashboard-tools">
        <label class="dashboard-search">
          <span>{t('dashboardSearch')}</span>
          <input type="search" data-testid="dashboard-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <fieldset class="groups">
          <legend>{t('dashboardGroups')}</legend>
          {(['all', ...SERVICE_GROUPS] as const).map((g) => (
            <button key={g} type="button" class="secondary small" data-group={g} aria-pressed={group === g} onClick={() => setGroup(g)}>
              {t(GROUP_TEXT[g])}
            </button>
          ))}
        </fieldset>
      </div>
      <p class="dashboard-count" aria-live="polite" data-testid="dashboard-count">
        {shown.length === 0 ? t('dashboardNone') : t('dashboardShown', String(shown.length), String(ENTRIES.length))}
      </p>
      <ul class="tiles">
        {shown.map((entry) => (
          <Tile key={entry.id} entry={entry} tile={tileOf(entry, state, granted, now)} state={state} now={now} />
        ))}
      </ul>
    </section>
  );
}
