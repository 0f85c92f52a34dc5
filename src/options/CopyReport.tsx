// A report for the maintainers, shown in full and copied only when the user presses the
// button: LinkedIn's page structure (PrivacyCheck.tsx) and any service's failed steps
// (services/FailureReport.tsx). The extension itself sends nothing.
import { useState } from 'preact/hooks';
import type { MessageKey } from '../generated/message-keys';
import { t } from '../platform/i18n';
import type { State } from '../store/items';

/** What the user typed in the extension, kept out of every report. */
export function userDetailsOf(state: State): string[] {
  const { firstName, lastName, email, legacyName } = state.profile;
  return [firstName, lastName, email, legacyName ?? ''];
}

export function CopyReport({ text, intro, testId }: { text: string; intro: MessageKey; testId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <details class="report" data-testid={testId}>
      <summary>{t('reportButton')}</summary>
      <p>{t(intro)}</p>
      <pre>{text}</pre>
      <button
        type="button"
        class="secondary"
        data-action="copy-report"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t('reportButton')}
      </button>
      {copied && <p role="status">{t('reportCopied')}</p>}
    </details>
  );
}
