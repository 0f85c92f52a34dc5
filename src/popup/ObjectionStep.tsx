// Step 2: the formal objection. Two sentences on what it is, the user's own details for
// the form (kept locally), one click to prefill, and what is left to do by hand.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { OBJECTION_FORM, textsFor } from '../core/objection-form';
import { checkField, PROFILE_LIMITS, type ProfileField } from '../core/objection-profile';
import { RUN_MAX_AGE_MS } from '../core/objection-run';
import type { PrefillReport } from '../core/objection-terms';
import { isReady, todoItems } from '../core/objection-todo';
import type { MessageKey } from '../core/message-keys';
import { t, uiLanguage } from '../i18n';
import type { Message } from '../messages';
import type { Objection as ObjectionState, Profile } from '../storage';
import { updateProfile } from './changes';
import { formatDay } from '../format';

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
  const quotes = { option: textsFor(OBJECTION_FORM.option, lang)[0]!, confirmation: textsFor(OBJECTION_FORM.confirmation, lang)[0]! };
  return (
    <ol class="todo" data-testid="objection-todo">
      {todoItems(report).map(({ todo, message, copy }) => (
        <li key={todo} data-todo={todo}>
          {t(message)}
          {copy && <Copyable text={quotes[copy]} />}
        </li>
      ))}
    </ol>
  );
}

const FIELDS: { field: ProfileField; label: MessageKey; type: 'text' | 'email'; autocomplete: string; max: number }[] = [
  { field: 'firstName', label: 'objectionFirstName', type: 'text', autocomplete: 'given-name', max: PROFILE_LIMITS.name },
  { field: 'lastName', label: 'objectionLastName', type: 'text', autocomplete: 'family-name', max: PROFILE_LIMITS.name },
  { field: 'email', label: 'objectionEmail', type: 'email', autocomplete: 'email', max: PROFILE_LIMITS.email },
];

/** The user's details: each value is checked, and saved only when it is usable. */
function Details({ profile }: { profile: Profile }) {
  const [problems, setProblems] = useState<Partial<Record<ProfileField, string>>>({});
  const save = async (field: ProfileField, raw: string) => {
    const problem = checkField(field, raw);
    const say =
      problem === 'too-long'
        ? t('objectionTooLong', String(field === 'email' ? PROFILE_LIMITS.email : PROFILE_LIMITS.name))
        : problem === 'invalid-email'
          ? t('objectionEmailInvalid')
          : undefined;
    setProblems((p) => ({ ...p, [field]: say }));
    if (say) return;
    try {
      await updateProfile({ [field]: raw.trim() });
    } catch {
      setProblems((p) => ({ ...p, [field]: t('objectionNotSaved') }));
    }
  };
  return (
    <fieldset class="profile">
      <legend>{t('objectionDetails')}</legend>
      {profile.legacyName && (
        <p class="note" data-testid="legacy-name">
          {t('objectionLegacyName', profile.legacyName)}
        </p>
      )}
      {FIELDS.map(({ field, label, type, autocomplete, max }) => (
        <label key={field}>
          {t(label)}
          <input
            type={type as 'text'} // preact's types tie 'email' to other props; both are text inputs
            autocomplete={autocomplete}
            maxLength={max}
            // Not a controlled value: a save of another field re-renders the form, and must not wipe what the user is typing here.
            defaultValue={profile[field]}
            aria-invalid={problems[field] ? 'true' : undefined}
            aria-describedby={problems[field] ? `${field}-problem` : undefined}
            onChange={(e) => void save(field, e.currentTarget.value)}
          />
          {problems[field] && (
            <span class="problem-text" id={`${field}-problem`} role="alert">
              {problems[field]}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

const ENDED_KEYS = { 'left-form': 'objectionEndedLeftForm', 'tab-closed': 'objectionEndedTabClosed', expired: 'objectionEndedExpired' } as const;

export function ObjectionStep({ objection, profile }: { objection: ObjectionState; profile: Profile }) {
  const start = () => void browser.runtime.sendMessage({ type: 'objection/start' } satisfies Message);
  return (
    <div class="objection" data-testid="objection">
      <p>{t('objectionWhat')}</p>
      {objection.submittedAt !== null && (
        <p class="ok" data-testid="objection-receipt">
          {t('objectionSubmitted', formatDay(objection.submittedAt))}
          {objection.caseNumber && <> {t('objectionCase', objection.caseNumber)}</>}
        </p>
      )}
      <Details profile={profile} />
      <button type="button" class="primary" data-action="prefill" onClick={start}>
        {t('buttonPrefill')}
      </button>
      <p class="hint">{t('objectionYouSubmit')}</p>
      {objection.run && Date.now() - objection.run.startedAt <= RUN_MAX_AGE_MS && objection.formFound === null && (
        <p aria-live="polite">{t('objectionWaiting')}</p>
      )}
      {objection.ended && objection.submittedAt === null && (
        <p class="note" data-testid="objection-ended">
          {t(ENDED_KEYS[objection.ended])}
        </p>
      )}
      {objection.formFound === false && (
        <div class="problem" role="alert">
          <p>{t('objectionNoForm')}</p>
          <ByHand report={null} />
        </div>
      )}
      {objection.report && objection.submittedAt === null && (
        <div class={isReady(objection.report) ? 'note' : 'problem'} data-testid="objection-report">
          <h2>{t(isReady(objection.report) ? 'panelReady' : 'panelPartial')}</h2>
          <ByHand report={objection.report} />
        </div>
      )}
    </div>
  );
}
