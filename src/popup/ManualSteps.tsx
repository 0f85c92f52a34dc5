// The way through LinkedIn's menus by hand, always at hand, collapsed: after a problem
// the problem itself says what to do, and the popup must stay a glance.
import browser from 'webextension-polyfill';
import { manualSteps } from '../services/linkedin/manual-steps';
import { settingUrl } from '../engine/switch/pages';
import { GENERATIVE_AI } from '../services/linkedin/switches';
import { t, textLocale } from '../platform/i18n';

export function ManualSteps() {
  return (
    <details class="manual" data-testid="manual-steps">
      <summary>{t('manualTitle')}</summary>
      <ol>
        {manualSteps(textLocale()).map(({ key, subs }) => (
          <li key={key}>{t(key, ...subs)}</li>
        ))}
      </ol>
      <button type="button" class="link" data-action="open-page" onClick={() => void browser.tabs.create({ url: settingUrl(GENERATIVE_AI) })}>
        {t('manualOpenPage')}
      </button>
    </details>
  );
}
