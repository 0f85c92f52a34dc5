// The other services (X, ChatGPT) in full: add one (its host is asked for then, and the
// worker checks it at once), check it again, remove it (the host is given back); each
// setting with its state as last verified and, when it could not be checked, the steps by
// hand and the page's link.
import { useState } from 'preact/hooks';
import { removeServiceAccess, requestServiceAccess } from '../access';
import type { Outcome } from '../core/outcomes';
import { settingUrl } from '../core/pages';
import { rowState } from '../core/privacy-check';
import { OPTIONAL_SERVICES, type OptionalService } from '../core/services';
import { settingsOf } from '../core/catalog';
import type { SettingRow } from '../core/settings';
import { t } from '../i18n';
import { problemTitle } from '../popup/Problem';
import { serviceLine, startServiceCheck } from '../popup/sweep';
import type { Granted } from '../popup/useServices';
import { rowStatus } from './PrivacyCheck';
import type { SettingRecord, State } from '../storage';

export function Services({ state, now, granted }: { state: State; now: number; granted: Granted }) {
  return (
    <section id="services" class="privacy services" data-testid="services">
      <h2>{t('servicesTitle')}</h2>
      <p>{t('servicesIntro')}</p>
      {OPTIONAL_SERVICES.map((service) => (
        <ServiceCard key={service.id} service={service} state={state} now={now} granted={granted[service.id]} />
      ))}
    </section>
  );
}

function ServiceCard({ service, state, now, granted }: { service: OptionalService; state: State; now: number; granted: boolean | undefined }) {
  const [declined, setDeclined] = useState(false);
  const [failed, setFailed] = useState(false);
  const running = state.run !== null && state.run.service === service.id;
  const check = state.checks[service.id];
  const add = () => {
    setDeclined(false);
    // Straight from the click: the browser asks only on a user gesture. The worker checks the service once granted.
    requestServiceAccess(service).then(
      (ok) => setDeclined(!ok),
      (error: unknown) => {
        console.error('permissions.request failed', error);
        setDeclined(true);
      },
    );
  };
  const run = async () => {
    setFailed(false);
    if (!(await startServiceCheck(service))) setFailed(true);
  };
  const signedOut = check?.end === 'signed-out' || check?.end === 'checkpoint';
  return (
    <fieldset class="privacy-group service" data-service={service.id}>
      <legend>{service.name}</legend>
      {granted !== undefined && (
        <p class="sweep-line" data-testid="service-line" aria-live="polite">
          {serviceLine(state, service, granted, false, now)}
        </p>
      )}
      {granted === false && (
        <div class="actions">
          <button type="button" class="primary" data-action="add-service" onClick={add}>
            {t('serviceAdd', service.name)}
          </button>
          {declined && (
            <p class="error" role="alert" data-testid="service-declined">
              {t('serviceDeclined', service.name)}
            </p>
          )}
        </div>
      )}
      {granted === true && (
        <>
          <p class="hint">{t('serviceUnverified', service.name)}</p>
          {signedOut && (
            <a class="button secondary" href={service.origin} target="_blank" rel="noreferrer" data-action="sign-in">
              {t('serviceSignIn', service.name)}
            </a>
          )}
          {settingsOf(service.id).map((setting) => (
            <ServiceRow key={setting.id} setting={setting} service={service} record={state.settings[setting.id]} since={check?.startedAt ?? 0} now={now} />
          ))}
          <div class="actions">
            <button type="button" class="primary" data-action="check-service" disabled={running} onClick={() => void run()}>
              {t(state.prefs.mode === 'audit' ? 'buttonAudit' : 'buttonCheckSwitchOff')}
            </button>
            <button type="button" class="secondary" data-action="remove-service" disabled={running} onClick={() => void removeServiceAccess(service)}>
              {t('serviceRemove', service.name)}
            </button>
            {failed && (
              <p class="error" role="alert">
                {t('problemNoWorker')}
              </p>
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}

/** What went wrong, in a service's own name where LinkedIn's texts would name LinkedIn. */
function serviceProblem(outcome: Outcome, service: OptionalService): string {
  if (outcome === 'signed-out') return t('serviceSignedOutShort', service.name);
  if (outcome === 'save-rejected') return t('serviceRejected', service.name);
  return t(problemTitle(outcome));
}

function ServiceRow({
  setting,
  service,
  record,
  since,
  now,
}: {
  setting: SettingRow;
  service: OptionalService;
  record: SettingRecord | undefined;
  since: number;
  now: number;
}) {
  const state = rowState(record, since);
  const status = rowStatus(record, since, now, (outcome) => serviceProblem(outcome, service));
  return (
    <div class={`privacy-row state-${state}`} data-setting-row={setting.id} data-state={state}>
      <p>
        <strong>{t(setting.name)}</strong>
        <small>{t(setting.what)}</small>
      </p>
      <p class="row-state" data-testid="row-state">
        {status}
      </p>
      {state === 'problem' && (
        <div class="row-help">
          <p>{t('serviceManualStep', service.name)}</p>
          <a href={settingUrl(setting)} target="_blank" rel="noreferrer" data-action="open-setting">
            {t('privacyOpenPage')}
          </a>
        </div>
      )}
    </div>
  );
}
