// The way through LinkedIn's menus by hand, always at hand, collapsed: after a problem
// the problem itself says what to do, and the popup must stay a glance.
import browser from 'webextension-polyfill';
import { GENERATIVE_AI, MANUAL_STEP_KEYS, settingUrl } from '../core/settings';
import { t } from '../i18n';

export function ManualSteps() {
  return (
    <details class="manual" data-testid="manual-steps">
      <summary>{t('manualTitle')}</summary>
      <ol>
        {MANUAL_STEP_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <button
        class="link"
        data-action="open-page"
        onClick={() => void browser.tabs.create({ url: settingUrl(GENERATIVE_AI) })}
      >
        {t('manualOpenPage')}
      </button>
    </details>
  );
}
