// What went wrong in the last audit, in plain words, and the way forward.
import browser from 'webextension-polyfill';
import type { MessageKey } from '../generated/message-keys';
import type { Outcome } from '../engine/check/outcomes';
import type { View } from '../engine/check/status';
import { CLICK_LIMIT, CLICK_WINDOW_MS, CLICKS_PER_WINDOW } from '../engine/check/click-window';
import { t, tn } from '../platform/i18n';
import { LINKEDIN_ORIGIN } from '../services/linkedin/switches';

type ProblemView = Extract<View, { kind: 'problem' }>;

const TITLES: Partial<Record<Outcome, MessageKey>> = {
  'not-found': 'problemNotFoundTitle',
  ambiguous: 'problemAmbiguousTitle',
  'save-rejected': 'problemRejectedTitle',
  'signed-out': 'problemSignedOutTitle',
  interrupted: 'problemInterruptedTitle',
};

/** The short name of what went wrong, for a line that has room for no more. */
export const problemTitle = (outcome: Outcome): MessageKey => TITLES[outcome] ?? 'problemInterruptedTitle';

const INTERRUPTED: Partial<Record<string, MessageKey>> = {
  'tab-closed': 'problemInterruptedTabClosed',
  'left-page': 'problemInterruptedLeftPage',
  // LinkedIn's host taken back mid-check: nothing more clicked; the popup's access button and the steps by hand are the way on.
  'access-removed': 'problemInterruptedAccessRemoved',
};

const WHY: Partial<Record<string, MessageKey>> = { 'menu-refused': 'problemMenuRefusedBody', language: 'problemLanguageBody' };

/** The click window's bound (engine/check/click-window.ts), in its own numbers. */
const clickLimit = () => t('problemClickLimit', String(CLICKS_PER_WINDOW), String(CLICK_WINDOW_MS / 60_000));

/** Only a switch seen back on after our clicks may be told as "LinkedIn switched it back on". */
function rejected(detail: string | undefined, clicks: number): string {
  if (detail === 'error-toast') return t('problemRejectedToast');
  // Three clicks on it in the last minutes already (engine/check/click-window.ts): left alone, and why.
  if (detail === CLICK_LIMIT) return clickLimit();
  if (detail === 'switch-vanished' || detail === 'state-unreadable') return t('problemRejectedUnclear');
  // A fresh load still showed it on: LinkedIn did not save it (we never saw it put back).
  if (detail === 'not-saved') return tn('problemNotSavedBody', clicks, clicks);
  return tn('problemRejectedBody', clicks, clicks);
}

/**
 * Why a check stopped, in words that name no service, for details that change what the user
 * should do (every service's rows show it; the popup's body says it for LinkedIn's switch).
 */
export function detailText(outcome: Outcome, detail: string | undefined): string | null {
  if (outcome === 'save-rejected' && detail === CLICK_LIMIT) return clickLimit();
  if (outcome === 'ambiguous' && detail === 'refused') return t('problemRefusedBody');
  // A control refused as unsure (switch/menu.ts, switch/control.ts), where the title alone would not say why.
  const why = WHY[detail ?? ''];
  return why ? t(why) : null;
}

function body(view: ProblemView, clicks: number): string {
  switch (view.outcome) {
    case 'not-found':
      return t('problemNotFoundBody');
    case 'ambiguous':
      // 'refused': one switch like this setting, worded as its opposite.
      return t(view.detail === 'refused' ? 'problemRefusedBody' : 'problemAmbiguousBody');
    case 'save-rejected':
      return rejected(view.detail, clicks);
    case 'signed-out':
      return t('problemSignedOutBody');
    default:
      return t(INTERRUPTED[view.detail ?? ''] ?? 'problemInterruptedNoAnswer');
  }
}

export function Problem({ view, clicks, onRetry }: { view: ProblemView; clicks: number; onRetry: () => void }) {
  return (
    <div class="problem" role="alert" data-outcome={view.outcome}>
      <h2>{t(problemTitle(view.outcome))}</h2>
      <p>{body(view, clicks)}</p>
      {view.outcome === 'signed-out' && (
        <button type="button" class="primary" data-action="sign-in" onClick={() => void browser.tabs.create({ url: `${LINKEDIN_ORIGIN}/login` })}>
          {t('buttonSignIn')}
        </button>
      )}
      <button type="button" class={view.outcome === 'signed-out' ? 'secondary' : 'primary'} data-action="retry" onClick={onRetry}>
        {t('buttonTryAgain')}
      </button>
    </div>
  );
}
