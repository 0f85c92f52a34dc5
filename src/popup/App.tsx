// The popup, a glance: where the user stands, the one button to check and switch off,
// progress while it runs, for every problem the way forward, the deadline, and one line
// each for what lives on the options page. Everything shown is derived from storage
// (engine/check/status.ts), so the popup can be closed and reopened at any time.
import { OBJECTION_FORM } from '../services/linkedin/objection-form';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Mode } from '../engine/check/outcomes';
import { checkButtonKey, viewOf } from '../engine/check/status';
import { t } from '../platform/i18n';
import type { Message } from '../protocol/messages';
import type { Inspected } from '../store/store';
import { GENERATIVE_AI } from '../services/linkedin/switches';
import { objectionOf, recordOf } from '../store/store';
import { Access, useLinkedInAccess } from './Access';
import { Deadline } from '../ui/Deadline';
import { ManualSteps } from './ManualSteps';
import { StorageNotice } from '../ui/StorageNotice';
import { Problem } from '../ui/Problem';
import { Progress } from './Progress';
import { Status } from '../ui/Status';
import { WalkthroughStep } from '../ui/WalkthroughStep';
import { useNow, useStoredState } from '../ui/useStored';

type SummariesView = typeof import('./Summaries')['Summaries'];

/** `initial`: the state read before the first render (main.tsx). */
export function App({ initial = null }: { initial?: Inspected | null }) {
  const read = useStoredState(initial);
  const [noWorker, setNoWorker] = useState(false);
  const now = useNow();
  const access = useLinkedInAccess();
  // The lines for the options page's sections are loaded after the first state: they read
  // the services the user added (and their host permissions), the privacy check's progress
  // and the objection's to-do, none of which the LinkedIn part above needs to show first.
  const [Summaries, setSummaries] = useState<SummariesView | null>(null);
  useEffect(() => void import('./Summaries').then(({ Summaries }) => setSummaries(() => Summaries)), []);

  if (!read) return null;
  const { state } = read;
  const record = recordOf(state, GENERATIVE_AI.id);
  // A privacy check shows as "checking" here only while the AI switch is among its settings still to do.
  const run = state.runs.find((r) => r.rows.some((row) => row.id === GENERATIVE_AI.id)) ?? null;
  const view = viewOf({ ...record, run }, Math.max(now, Date.now()));
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

  const switchDone = record.known?.state === 'off';

  return (
    <main class={`popup view-${view.kind}`} data-view={view.kind}>
      {read.newer && (
        <p class="problem" role="alert" data-testid="newer-data">
          {t('noticeNewerData')}
        </p>
      )}
      {state.notice && <StorageNotice notice={state.notice} />}

      <WalkthroughStep n={1} title={t('step1Title')} done={switchDone} open collapsible={false}>
        <Status view={view} now={now} />
        <Deadline now={now} optedOut={switchDone} brief />

        {access === false && view.kind !== 'running' ? (
          <>
            {/* Access taken back during the check: why it stopped, above the button that gives it again. */}
            {view.kind === 'problem' && view.detail === 'access-removed' && (
              <p class="problem" role="alert" data-testid="access-removed">
                {t('problemInterruptedAccessRemoved')}
              </p>
            )}
            <Access />
          </>
        ) : view.kind === 'running' ? (
          <Progress step={view.step} />
        ) : (
          <div class="actions">
            {view.kind === 'on' && (
              <button type="button" class="primary" data-action="switch-off" onClick={() => void start('optout')}>
                {t('buttonSwitchOffNow')}
              </button>
            )}
            {view.kind === 'problem' && <Problem view={view} clicks={record.audit?.clicks ?? 0} onRetry={() => void start()} />}
            {view.kind !== 'problem' && (
              <button
                type="button"
                class={view.kind === 'on' || view.kind === 'off' ? 'secondary' : 'primary'}
                data-action="audit"
                onClick={() => void start()}
              >
                {t(view.kind === 'off' || view.kind === 'absent' ? 'buttonCheckAgain' : checkButtonKey(mode, 1))}
              </button>
            )}
          </div>
        )}

        {noWorker && (
          <p class="error" role="alert">
            {t('problemNoWorker')}
          </p>
        )}

        <ManualSteps />
      </WalkthroughStep>

      {Summaries && <Summaries state={state} objection={objectionOf(state, OBJECTION_FORM.id)} now={now} />}
    </main>
  );
}
