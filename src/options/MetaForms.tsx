// Meta on the options page: no switch, a formal objection through two forms (Facebook's
// and Instagram's "Right to object"). What they do and where they apply, Meta's date, the
// user's details for them (e-mail, country, explanation, kept in this browser), and for
// each form a button that opens it and prefills it, then where it stands: prefilled (the
// user submits), the receipt from Meta's confirmation, or what is left by hand. Adding
// Meta asks for its two hosts, nothing more; removing it gives them back.
import { removeServiceAccess } from '../platform/access';
import { META_FORMS } from '../services/meta/forms';
import { type OptionalService, serviceById } from '../services';
import { t, textOf } from '../platform/i18n';
import { Details, FormState, startObjection } from './ObjectionStep';
import { objectionOf } from '../store/store';
import type { State } from '../store/items';
import { AddService, ServiceSince } from './Services';

const META = serviceById('meta') as OptionalService;

const META_DETAILS = [
  { field: 'email', label: 'objectionEmail', type: 'email', autocomplete: 'email' },
  { field: 'country', label: 'detailCountry', type: 'country' },
  { field: 'explanation', label: 'detailExplanation', type: 'textarea' },
] as const;

export function MetaForms({ state, now, granted }: { state: State; now: number; granted: boolean | undefined }) {
  const submitted = META_FORMS.every((form) => objectionOf(state, form.id).submittedAt !== null);
  return (
    <fieldset class="privacy-group service" data-service="meta">
      <legend>{META.name}</legend>
      <ServiceSince service={META} now={now} off={submitted} />
      <p>{textOf(META, 'what')}</p>
      <p class="hint">{textOf(META, 'where')}</p>
      {granted === false && <AddService service={META} />}
      {granted === true && (
        <>
          <p class="hint">{textOf(META, 'unverified')}</p>
          <Details
            profile={state.profile}
            fields={META_DETAILS}
            legend={textOf(META, 'details')}
            idPrefix="metaDetails"
            explanation={textOf(META, 'explanationDefault')}
          />
          {META_FORMS.map((form) => (
            <div key={form.id} class="privacy-row meta-form" data-form={form.id}>
              <p>
                <strong>{form.name}</strong>
              </p>
              <button type="button" class="primary" data-action="prefill" onClick={() => startObjection(form.id)}>
                {t('formPrefill', form.name)}
              </button>
              <FormState
                form={form}
                objection={objectionOf(state, form.id)}
                profile={state.profile}
                noForm={textOf(META, 'noForm')}
                byDefault={textOf(META, 'explanationDefault')}
              />
            </div>
          ))}
          <p class="hint">{t('objectionYouSubmit')}</p>
          <div class="actions">
            <button type="button" class="secondary" data-action="remove-service" onClick={() => void removeServiceAccess(META)}>
              {t('serviceRemove', META.name)}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
