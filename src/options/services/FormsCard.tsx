// A service that takes objections through forms rather than a switch (Meta: Facebook's and
// Instagram's "Right to object"): what they do and where they apply, the service's date,
// the user's details the forms take (kept in this browser), and for each form a button that
// opens it and prefills it, then where it stands: prefilled (the user submits), the receipt
// from the site's confirmation, or what is left by hand. Adding the service asks for its
// hosts, nothing more; removing it gives them back.
import type { FieldKind, ObjectionForm } from '../../engine/form/model';
import { hasField } from '../../engine/form/model';
import { removeServiceAccess } from '../../platform/access';
import { t, textOf } from '../../platform/i18n';
import type { OptionalService } from '../../services';
import type { State } from '../../store/items';
import { objectionOf } from '../../store/store';
import { type DetailField, Details, FormState, startObjection } from '../ObjectionStep';
import { AddService, ServiceSince } from './parts';

/** The details a form may take, in the order the card asks for them. */
const DETAILS: readonly (DetailField & { kind: FieldKind })[] = [
  { kind: 'email', field: 'email', label: 'objectionEmail', type: 'email', autocomplete: 'email' },
  { kind: 'country', field: 'country', label: 'detailCountry', type: 'country' },
  { kind: 'explanation', field: 'explanation', label: 'detailExplanation', type: 'textarea' },
];

/** The details the service's forms have fields for. */
const detailsOf = (forms: readonly ObjectionForm[]) => DETAILS.filter((d) => forms.some((form) => hasField(form, d.kind)));

export function FormsCard({ service, state, now, granted }: { service: OptionalService; state: State; now: number; granted: boolean | undefined }) {
  const forms = service.forms;
  const submitted = forms.every((form) => objectionOf(state, form.id).submittedAt !== null);
  const byDefault = textOf(service, 'explanationDefault');
  return (
    <fieldset class="privacy-group service" data-service={service.id}>
      <legend>{service.name}</legend>
      <ServiceSince service={service} now={now} off={submitted} />
      <p>{textOf(service, 'what')}</p>
      <p class="hint">{textOf(service, 'where')}</p>
      {granted === false && <AddService service={service} />}
      {granted === true && (
        <>
          <p class="hint">{textOf(service, 'unverified')}</p>
          <Details
            profile={state.profile}
            fields={detailsOf(forms)}
            legend={textOf(service, 'details')}
            idPrefix={`${service.id}Details`}
            explanation={byDefault}
          />
          {forms.map((form) => (
            <div key={form.id} class="privacy-row service-form" data-form={form.id}>
              <p>
                <strong>{form.name}</strong>
              </p>
              <button type="button" class="primary" data-action="prefill" onClick={() => startObjection(form.id)}>
                {t('formPrefill', form.name)}
              </button>
              <FormState form={form} objection={objectionOf(state, form.id)} profile={state.profile} noForm={textOf(service, 'noForm')} byDefault={byDefault} />
            </div>
          ))}
          <p class="hint">{t('objectionYouSubmit')}</p>
          <div class="actions">
            <button type="button" class="secondary" data-action="remove-service" onClick={() => void removeServiceAccess(service)}>
              {t('serviceRemove', service.name)}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
