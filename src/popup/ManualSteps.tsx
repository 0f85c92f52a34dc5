// The way through LinkedIn's menus by hand, always at hand, open after a problem.
import browser from 'webextension-polyfill';
import { settingUrl } from '../core/linkedin';
import { GENERATIVE_AI } from '../core/settings';
import { t } from '../i18n';

/** The steps to do by hand, as message keys. */
const MANUAL_STEP_KEYS = ['manualStep1', 'manualStep2', 'manualStep3', 'manualStep4'] as const;

export function ManualSteps({ open }: { open: boolean }) {
  return (
    <details class="manual" open={open} data-testid="manual-steps">
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
