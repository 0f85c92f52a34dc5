// Step 2: the formal objection. Two sentences on what it is, the user's own details for
// the form (kept locally), one click to prefill, and what is left to do by hand. The
// details, the state of a form's run and the steps by hand serve Meta's forms too
// (options/services/FormsCard.tsx).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { OBJECTION_FORM } from '../services/linkedin/objection-form';
import { type ObjectionForm, textsFor } from '../engine/form/model';
import { checkField, limitOf, OBJECTION_COUNTRIES, type ProfileField } from '../engine/form/profile';
import { RUN_MAX_AGE_MS } from '../engine/form/run';
import type { PrefillReport } from '../engine/form/terms';
import { isReady, type Quote, todoItems } from '../engine/form/todo';
import type { MessageKey } from '../generated/message-keys';
import { t, textLocale, uiLanguage } from '../platform/i18n';
import type { Message } from '../protocol/messages';
import type { Objection as ObjectionState, Profile } from '../store/schemas';
import { updateProfile } from '../ui/changes';
import { formatDay } from '../platform/format';

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

function ByHand({ report, form, explanation }: { report: PrefillReport | null; form: ObjectionForm; explanation: string }) {
  const lang = uiLanguage();
  const first = (table: ObjectionForm['option']) => (table ? textsFor(table, lang)[0] : undefined);
  const quotes: Partial<Record<Quote, string>> = { option: first(form.option), confirmation: first(form.confirmation), explanation };
  return (
    <ol class="todo" data-testid="objection-todo">
      {todoItems(report, form).map(({ todo, message, copy }) => (
        <li key={todo} data-todo={todo}>
          {t(message)}
          {copy && quotes[copy] && <Copyable text={quotes[copy]} />}
        </li>
      ))}
    </ol>
  );
}

/** A detail the user gives the forms: its label, its kind of control, its browser hint. */
export interface DetailField {
  field: ProfileField;
  label: MessageKey;
  type: 'text' | 'email' | 'country' | 'textarea';
  autocomplete?: string;
}

const FIELDS: readonly DetailField[] = [
  { field: 'firstName', label: 'objectionFirstName', type: 'text', autocomplete: 'given-name' },
  { field: 'lastName', label: 'objectionLastName', type: 'text', autocomplete: 'family-name' },
  { field: 'email', label: 'objectionEmail', type: 'email', autocomplete: 'email' },
];

/** The countries Meta takes objections from, named in the language of the texts shown. */
function countryOptions() {
  const names = new Intl.DisplayNames([textLocale()], { type: 'region' });
  return OBJECTION_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, textLocale()));
}

/** The shown value of a detail: the explanation, never typed, shows the default text it stands for (`byDefault`). */
const shownValue = (field: ProfileField, value: string, byDefault = '') => (field === 'explanation' ? value || byDefault : value);

/** The user's details: each value is checked, and saved only when it is usable. */
export function Details({
  profile,
  fields = FIELDS,
  legend = t('objectionDetails'),
  idPrefix = 'objectionDetails',
  explanation = '',
}: {
  profile: Profile;
  fields?: readonly DetailField[];
  /** The fieldset's legend, and the prefix of its fields' ids (one per form service on the page). */
  legend?: string;
  idPrefix?: string;
  /** The default explanation of the forms these details go to (a service's own text). */
  explanation?: string;
}) {
  const [problems, setProblems] = useState<Partial<Record<ProfileField, string>>>({});
  const save = async (field: ProfileField, raw: string) => {
    const problem = checkField(field, raw);
    const say = problem === 'too-long' ? t('objectionTooLong', String(limitOf(field))) : problem === 'invalid-email' ? t('objectionEmailInvalid') : undefined;
    setProblems((p) => ({ ...p, [field]: say }));
    if (say || problem) return;
    try {
      await updateProfile({ [field]: raw.trim() });
    } catch {
      setProblems((p) => ({ ...p, [field]: t('objectionNotSaved') }));
    }
  };
  return (
    <fieldset class="profile">
      <legend>{legend}</legend>
      {profile.legacyName && fields.some((f) => f.field === 'firstName') && (
        <p class="note" data-testid="legacy-name">
          {t('objectionLegacyName', profile.legacyName)}
        </p>
      )}
      {fields.map(({ field, label, type, autocomplete }) => {
        const common = {
          id: `${idPrefix}-${field}`,
          'data-detail': field,
          'aria-invalid': problems[field] ? ('true' as const) : undefined,
          'aria-describedby': problems[field] ? `${idPrefix}-${field}-problem` : undefined,
          onChange: (e: Event) => {
            const box = e.currentTarget as HTMLInputElement;
            void save(field, box.value);
            // An explanation cleared is the default text again (what the form will get): show it now, not after a reload.
            if (field === 'explanation' && !box.value.trim()) box.value = shownValue(field, '', explanation);
          },
        };
        return (
          <label key={field} for={`${idPrefix}-${field}`}>
            {t(label)}
            {type === 'country' ? (
              <select {...common} value={profile.country}>
                <option value="">{t('detailCountryNone')}</option>
                {countryOptions().map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            ) : type === 'textarea' ? (
              <textarea {...common} rows={3} maxLength={limitOf(field)} defaultValue={shownValue(field, profile[field], explanation)} />
            ) : (
              <input
                {...common}
                type={type as 'text'} // preact's types tie 'email' to other props; both are text inputs
                autocomplete={autocomplete}
                maxLength={limitOf(field)}
                // Not a controlled value: a save of another field re-renders the form, and must not wipe what the user is typing here.
                defaultValue={shownValue(field, profile[field], explanation)}
              />
            )}
            {problems[field] && (
              <span class="problem-text" id={`${idPrefix}-${field}-problem`} role="alert">
                {problems[field]}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}

const ENDED_KEYS = {
  'left-form': 'objectionEndedLeftForm',
  'tab-closed': 'objectionEndedTabClosed',
  expired: 'objectionEndedExpired',
  'access-removed': 'objectionEndedAccessRemoved',
} as const;

/** Open a form and prefill it (the worker opens the tab; the user submits). */
export const startObjection = (form: string) => void browser.runtime.sendMessage({ type: 'objection/start', form } satisfies Message);

/**
 * Where a form's objection stands: the receipt from the site's confirmation, the run under
 * way, why it ended, or what the prefill did and what is left by hand.
 */
export function FormState({
  form,
  objection,
  profile,
  noForm,
  byDefault = '',
}: {
  form: ObjectionForm;
  objection: ObjectionState;
  profile: Profile;
  /** What to say when the form was not found (the service's own words). */
  noForm: string;
  /** The default explanation of this form's service. */
  byDefault?: string;
}) {
  const explanation = shownValue('explanation', profile.explanation, byDefault);
  return (
    <>
      {objection.submittedAt !== null && (
        <p class="ok" data-testid="objection-receipt">
          {t('objectionSubmitted', formatDay(objection.submittedAt))}
          {objection.caseNumber && <> {t('objectionCase', objection.caseNumber)}</>}
        </p>
      )}
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
          <p>{noForm}</p>
          <ByHand report={null} form={form} explanation={explanation} />
        </div>
      )}
      {objection.report && objection.submittedAt === null && (
        <div class={isReady(objection.report, form) ? 'note' : 'problem'} data-testid="objection-report">
          <h2>{t(isReady(objection.report, form) ? 'panelReady' : 'panelPartial')}</h2>
          <ByHand report={objection.report} form={form} explanation={explanation} />
        </div>
      )}
    </>
  );
}

export function ObjectionStep({ objection, profile }: { objection: ObjectionState; profile: Profile }) {
  return (
    <div class="objection" data-testid="objection">
      <p>{t('objectionWhat')}</p>
      <Details profile={profile} />
      <button type="button" class="primary" data-action="prefill" onClick={() => startObjection(OBJECTION_FORM.id)}>
        {t('buttonPrefill')}
      </button>
      <p class="hint">{t('objectionYouSubmit')}</p>
      <FormState form={OBJECTION_FORM} objection={objection} profile={profile} noForm={t('objectionNoForm')} />
    </div>
  );
}
