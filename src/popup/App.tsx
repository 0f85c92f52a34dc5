// The popup: where the user stands, one button to audit and opt out, progress while it
// runs, and for every problem the next step. Everything shown is derived from storage
// (core/status.ts), so the popup can be closed and reopened at any time.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Mode } from '../core/outcomes';
import { viewOf } from '../core/status';
import { t } from '../i18n';
import type { Message } from '../messages';
import { onStateChanged, readState, updatePrefs, type State } from '../storage';
import { Access, useLinkedInAccess } from './Access';
import { ManualSteps } from './ManualSteps';
import { Cleanup } from './Cleanup';
import { Deadline } from './Deadline';
import { Notice } from './Notice';
import { Objection } from './Objection';
import { Problem } from './Problem';
import { Progress } from './Progress';
import { Record } from './Record';
import { Reminders } from './Reminders';
import { Status } from './Status';
import { Step } from './Step';

/** Re-render this often so "3 min ago" and a lost audit stay true while open. */
const TICK_MS = 10_000;

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function App() {
  const [state, setState] = useState<State | null>(null);
  const [noWorker, setNoWorker] = useState(false);
  const now = useNow();
  const access = useLinkedInAccess();

  useEffect(() => {
    const load = () => void readState().then(setState);
    load();
    return onStateChanged(load);
  }, []);

  if (!state) return null;
  const view = viewOf(state, Math.max(now, Date.now()));
  const mode = state.prefs.mode;

  const start = async (override?: Mode) => {
    setNoWorker(false);
    try {
      await browser.runtime.sendMessage({ type: 'audit/start', mode: override } satisfies Message);
    } catch (error) {
      console.error('audit/start failed', error);
      setNoWorker(true);
    }
  };

  const switchDone = state.known?.state === 'off';
  const objectionDone = state.objection.submittedAt !== null;
  const objectionActive = state.objection.run !== null || state.objection.report !== null || state.objection.formFound === false;

  return (
    <main class={`popup view-${view.kind}`} data-view={view.kind}>
      <header>
        <img src="/icons/icon-32.png" alt="" width={24} height={24} />
        <span>{t('extName')}</span>
      </header>

      {state.notice && <Notice notice={state.notice} />}

      <Step n={1} title={t('step1Title')} done={switchDone} open collapsible={false}>
        <Status view={view} now={now} />
        <Deadline now={now} optedOut={switchDone} />

        {access === false && view.kind !== 'running' ? (
          <Access />
        ) : view.kind === 'running' ? (
          <Progress step={view.step} />
        ) : (
          <div class="actions">
            {view.kind === 'on' && (
              <button class="primary" data-action="switch-off" onClick={() => void start('optout')}>
                {t('buttonSwitchOffNow')}
              </button>
            )}
            {view.kind === 'problem' && <Problem view={view} clicks={state.audit?.clicks ?? 0} onRetry={() => void start()} />}
            {view.kind !== 'problem' && (
              <button
                class={view.kind === 'on' || view.kind === 'off' ? 'secondary' : 'primary'}
                data-action="audit"
                onClick={() => void start()}
              >
                {t(view.kind === 'off' ? 'buttonCheckAgain' : mode === 'audit' ? 'buttonAudit' : 'buttonOptOut')}
              </button>
            )}
          </div>
        )}

        {noWorker && (
          <p class="error" role="alert">
            {t('problemNoWorker')}
          </p>
        )}

        <ManualSteps open={view.kind === 'problem' && view.outcome !== 'signed-out'} />
      </Step>

      <Step n={2} title={t('step2Title')} done={objectionDone} open={objectionActive || (switchDone && !objectionDone)}>
        <Objection objection={state.objection} profile={state.profile} />
      </Step>

      <Step n={3} title={t('step3Title')} done={state.walkthrough.cleanupDone} open={switchDone && objectionDone && !state.walkthrough.cleanupDone}>
        <Cleanup done={state.walkthrough.cleanupDone} />
      </Step>

      <Record state={state} />

      <section class="settings">
        <h2>{t('settingsTitle')}</h2>
        <label class="setting">
          <input
            type="checkbox"
            data-setting="audit-only"
            checked={mode === 'audit'}
            onChange={(e) => void updatePrefs({ mode: e.currentTarget.checked ? 'audit' : 'optout' })}
          />
          <span>
            {t('auditOnlyLabel')}
            <small>{t('auditOnlyHint')}</small>
          </span>
        </label>
        <Reminders prefs={state.prefs} now={now} />
      </section>
    </main>
  );
}
