// A service's check failed on some of its settings: what to do by hand, and one click to
// copy a report of the failed steps for the maintainers (engine/check/failure-report.ts:
// codes of ours only, nothing of the user's).
import browser from 'webextension-polyfill';
import { failureReport, type FailedRow } from '../../engine/check/failure-report';
import { rowState } from '../../engine/check/rows';
import { t, uiLanguage } from '../../platform/i18n';
import { type OptionalService, rowsOf } from '../../services';
import type { State } from '../../store/items';
import { CopyReport, userDetailsOf } from '../CopyReport';

export function FailureReport({ service, state }: { service: OptionalService; state: State }) {
  const check = state.checks[service.id];
  const since = check?.startedAt ?? 0;
  const rows: FailedRow[] = rowsOf(service.id, state.sites).flatMap((setting) => {
    const record = state.settings[setting.id];
    const audit = record?.audit;
    return audit && rowState(record, since) === 'problem' ? [{ id: setting.id, outcome: audit.outcome, detail: audit.detail, clicks: audit.clicks }] : [];
  });
  if (rows.length === 0) return null;
  const text = failureReport({
    service: service.id,
    rows,
    end: check?.end ?? null,
    version: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
    uiLanguage: uiLanguage(),
    userDetails: userDetailsOf(state),
  });
  return (
    <div class="failure-report">
      <p class="hint" data-testid="failure-by-hand">
        {t('failureReportByHand', service.name)}
      </p>
      <CopyReport text={text} intro={'failureReportIntro'} testId="failure-report" />
    </div>
  );
}
