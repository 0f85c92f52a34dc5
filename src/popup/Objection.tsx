// Step 2: the formal objection. Two sentences on what it is, the user's own details for
// the form (kept locally), one click to prefill, and what is left to do by hand.
import browser from 'webextension-polyfill';
import { leftToDo, type PrefillReport } from '../core/objection';
import { OBJECTION_FORM, textsFor } from '../core/objection-form';
import { t, uiLanguage } from '../i18n';
import type { Message } from '../messages';
import type { Objection as ObjectionState, Profile } from '../storage';
import { updateProfile } from './changes';
import { formatDay } from '../format';

const TODO_KEYS = {
  'choose-option': 'panelTodoOption',
  'tick-box': 'panelTodoBox',
  'type-name': 'panelTodoName',
  'type-email': 'panelTodoEmail',
  'press-submit': 'panelTodoSubmit',
} as const;

function Copyable({ text }: { text: string }) {
  return (
    <span class="copyable">
      <q>{text}</q>
      <button type="button" class="small secondary" onClick={() => void navigator.clipboard.writeText(text)}>
        {t('panelCopy')}
      </button>
    </span>
  );
}

function ByHand({ report }: { report: PrefillReport | null }) {
  const lang = uiLanguage();
  const todo = report ? leftToDo(report) : (['choose-option', 'tick-box', 'type-name', 'type-email', 'press-submit'] as const);
  return (
    <ol class="todo" data-testid="objection-todo">
      {todo.map((item) => (
        <li key={item} data-todo={item}>
          {t(TODO_KEYS[item])}
          {item === 'choose-option' && <Copyable text={textsFor(OBJECTION_FORM.option, lang)[0]!} />}
          {item === 'tick-box' && <Copyable text={textsFor(OBJECTION_FORM.confirmation, lang)[0]!} />}
        </li>
      ))}
    </ol>
  );
}

export function Objection({ objection, profile }: { objection: ObjectionState; profile: Profile }) {
  const start = () => void browser.runtime.sendMessage({ type: 'objection/start' } satisfies Message);
  const saveProfile = (patch: Partial<Profile>) => void updateProfile(patch);
  return (
    <div class="objection" data-testid="objection">
      <p>{t('objectionWhat')}</p>
      {objection.submittedAt !== null && (
        <p class="ok" data-testid="objection-receipt">
          {t('objectionSubmitted', formatDay(objection.submittedAt))}
          {objection.caseNumber && <> {t('objectionCase', objection.caseNumber)}</>}
        </p>
      )}
      <fieldset class="profile">
        <legend>{t('objectionDetails')}</legend>
        <label>
          {t('objectionName')}
          <input type="text" autocomplete="name" value={profile.name} onChange={(e) => saveProfile({ name: e.currentTarget.value })} />
        </label>
        <label>
          {t('objectionEmail')}
          <input type="email" autocomplete="email" value={profile.email} onChange={(e) => saveProfile({ email: e.currentTarget.value })} />
        </label>
      </fieldset>
      <button type="button" class="primary" data-action="prefill" onClick={start}>
        {t('buttonPrefill')}
      </button>
      <p class="hint">{t('objectionYouSubmit')}</p>
      {objection.run && objection.formFound === null && <p aria-live="polite">{t('objectionWaiting')}</p>}
      {objection.formFound === false && (
        <div class="problem" role="alert">
          <p>{t('objectionNoForm')}</p>
          <ByHand report={null} />
        </div>
      )}
      {objection.report && objection.submittedAt === null && (
        <div class={leftToDo(objection.report).length > 1 ? 'problem' : 'note'} data-testid="objection-report">
          <h2>{t(leftToDo(objection.report).length > 1 ? 'panelPartial' : 'panelReady')}</h2>
          <ByHand report={objection.report} />
        </div>
      )}
    </div>
  );
}
