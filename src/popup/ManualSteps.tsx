// The way through LinkedIn's menus by hand, always at hand, open after a problem.
import browser from 'webextension-polyfill';
import { GENERATIVE_AI, MANUAL_STEP_KEYS, settingUrl } from '../core/settings';
import { t } from '../i18n';

export function ManualSteps({ open }: { open: boolean }) {
  return (
    <details class="manual" open={open} data-testid="manual-steps">
      <summary>{t('manualTitle')}</summary>
      <ol>
        {MANUAL_STEP_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <button type="button" class="link" data-action="open-page" onClick={() => void browser.tabs.create({ url: settingUrl(GENERATIVE_AI) })}>
        {t('manualOpenPage')}
      </button>
    </details>
  );
}
