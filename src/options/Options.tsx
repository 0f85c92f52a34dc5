// The options page: everything that is more than a glance. The audit-only setting,
// reminders, the formal objection, the clean-up and the record with its exports. The
// popup links to each section by its id (options/index.html#objection).
import { OBJECTION_FORM } from '../services/linkedin/objection-form';
import { useEffect } from 'preact/hooks';
import { t } from '../platform/i18n';
import { GENERATIVE_AI } from '../services/linkedin/switches';
import { objectionOf, recordOf } from '../store/store';
import { updatePrefs } from '../ui/changes';
import { Cleanup } from './Cleanup';
import { Deadline } from '../ui/Deadline';
import { StorageNotice } from '../ui/StorageNotice';
import { ObjectionStep } from './ObjectionStep';
import { RecordSection } from './RecordSection';
import { Reminders } from './Reminders';
import { WalkthroughStep } from '../ui/WalkthroughStep';
import { useNow, useStoredState } from '../ui/useStored';
import { useGranted } from '../ui/useServices';
import { PrivacyCheck } from './PrivacyCheck';
import { Services } from './services/Services';
import { Dashboard } from './dashboard/Dashboard';

/** The section named in the address, scrolled to once it exists (the page renders after a storage read). */
function useScrollToHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const show = () => {
      const target = document.getElementById(location.hash.slice(1));
      target?.scrollIntoView();
      // A service's detail, opened from its tile: the keyboard goes on from there.
      if (target && (target.classList.contains('detail') || target.id === 'privacy')) {
        if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: true });
      }
    };
    show();
    addEventListener('hashchange', show);
    return () => removeEventListener('hashchange', show);
  }, [ready]);
}

export function Options() {
  const read = useStoredState();
  const now = useNow();
  const granted = useGranted();
  useScrollToHash(read !== null);
  if (!read) return null;
  const { state } = read;
  const { prefs, walkthrough } = state;
  const objection = objectionOf(state, OBJECTION_FORM.id);

  return (
    <main class="options" data-view="options">
      <header>
        <img src="/icons/icon-32.png" alt="" width={24} height={24} />
        <span>{t('extName')}</span>
      </header>
      <h1>{t('settingsAndDetails')}</h1>

      {read.newer && (
        <p class="problem" role="alert" data-testid="newer-data">
          {t('noticeNewerData')}
        </p>
      )}
      {state.notice && <StorageNotice notice={state.notice} />}

      <Dashboard state={state} granted={granted} now={now} />

      <Deadline now={now} optedOut={recordOf(state, GENERATIVE_AI.id).known?.state === 'off'} />

      <section id="settings" class="settings">
        <h2>{t('settingsTitle')}</h2>
        <label class="setting">
          <input
            type="checkbox"
            data-setting="audit-only"
            checked={prefs.mode === 'audit'}
            onChange={(e) => void updatePrefs({ mode: e.currentTarget.checked ? 'audit' : 'optout' })}
          />
          <span>
            {t('auditOnlyLabel')}
            <small>{t('auditOnlyHint')}</small>
          </span>
        </label>
      </section>

      <PrivacyCheck state={state} now={now} />

      <Services state={state} now={now} granted={granted} />

      <section id="reminders">
        <Reminders prefs={prefs} now={now} />
      </section>

      <div id="objection">
        <WalkthroughStep n={2} title={t('step2Title')} done={objection.submittedAt !== null} open collapsible={false}>
          <ObjectionStep objection={objection} profile={state.profile} />
        </WalkthroughStep>
      </div>

      <div id="cleanup">
        <WalkthroughStep n={3} title={t('step3Title')} done={walkthrough.cleanupDone} open collapsible={false}>
          <Cleanup done={walkthrough.cleanupDone} />
        </WalkthroughStep>
      </div>

      <div id="record">
        <RecordSection state={state} />
      </div>
    </main>
  );
}
