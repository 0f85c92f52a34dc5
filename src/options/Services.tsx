// The other services (X, ChatGPT, Claude, Quora, Grammarly) in full: add one (its host is
// asked for then, and the worker checks it at once), check it again, remove it (the host is
// given back); each setting with its state as last verified and, when it could not be
// checked, the steps by hand and the page's link. A service's dated change reads as
// LinkedIn's deadline does. Then Meta, whose objection forms are walked through
// (MetaForms.tsx), and the services that offer no switch at all, as they are.
import { useState } from 'preact/hooks';
import { removeServiceAccess, requestServiceAccess } from '../platform/access';
import type { Outcome } from '../engine/check/outcomes';
import { settingUrl } from '../engine/switch/pages';
import { rowState } from '../engine/check/rows';
import { type OptionalService, SWITCH_SERVICES } from '../services';
import { checkButtonKey } from '../engine/check/status';
import { settingsOf } from '../services';
import type { SettingRow } from '../engine/model';
import { NO_CONTROL } from '../services/no-control';
import { t, textOf } from '../platform/i18n';
import { datedLine } from '../ui/Deadline';
import { problemTitle } from '../ui/Problem';
import { serviceLine, startServiceCheck } from '../ui/sweep';
import type { Granted } from '../ui/useServices';
import { MetaForms } from './MetaForms';
import { rowStatus } from './PrivacyCheck';
import type { SettingRecord } from '../store/schemas';
import type { State } from '../store/items';

export function Services({ state, now, granted }: { state: State; now: number; granted: Granted }) {
  return (
    <section id="services" class="privacy services" data-testid="services">
      <h2>{t('servicesTitle')}</h2>
      <p>{t('servicesIntro')}</p>
      {SWITCH_SERVICES.map((service) => (
        <ServiceCard key={service.id} service={service} state={state} now={now} granted={granted[service.id]} />
      ))}
      <MetaForms state={state} now={now} granted={granted.meta} />
      <NoControl />
    </section>
  );
}

/** The services with nothing to switch off: what each says, and no button. */
function NoControl() {
  return (
    <div class="no-control" data-testid="no-control">
      <h3>{t('noControlTitle')}</h3>
      <p>{t('noControlIntro')}</p>
      <ul>
        {NO_CONTROL.map((s) => (
          <li key={s.name} data-no-control={s.name}>
            <strong>{s.name}</strong>: {t(s.what)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A service's dated change, worded and formatted as LinkedIn's deadline (popup/Deadline.tsx):
 * "In force since …" once the day has come, on the user's calendar. `off`: the user has done
 * what the service asks (its settings verified off, its objections submitted).
 */
export function ServiceSince({ service, now, off }: { service: OptionalService; now: number; off: boolean }) {
  if (!service.since) return null;
  const { phase, when } = datedLine(now, service.since, off);
  return (
    <div class={`deadline phase-${phase}`} data-testid="service-since">
      {!off && <p>{textOf(service, 'since')}</p>}
      <p class="when">
        <strong>{when}</strong>
      </p>
    </div>
  );
}

/** The Add button of a service not added, and what the browser answered if it declined. */
export function AddService({ service }: { service: OptionalService }) {
  const [declined, setDeclined] = useState(false);
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
  return (
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
  );
}

function ServiceCard({ service, state, now, granted }: { service: OptionalService; state: State; now: number; granted: boolean | undefined }) {
  const [failed, setFailed] = useState(false);
  const running = state.run !== null && state.run.service === service.id;
  const check = state.checks[service.id];
  const run = async () => {
    setFailed(false);
    if (!(await startServiceCheck(service))) setFailed(true);
  };
  const signedOut = check?.end === 'signed-out' || check?.end === 'checkpoint';
  return (
    <fieldset class="privacy-group service" data-service={service.id}>
      <legend>{service.name}</legend>
      <ServiceSince service={service} now={now} off={settingsOf(service.id).every((s) => state.settings[s.id]?.known?.state === 'off')} />
      {granted !== undefined && (
        <p class="sweep-line" data-testid="service-line" aria-live="polite">
          {serviceLine(state, service, granted, false, now)}
        </p>
      )}
      {granted === false && <AddService service={service} />}
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
              {t(checkButtonKey(state.prefs.mode, settingsOf(service.id).length))}
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
        <strong>{textOf(setting, 'name')}</strong>
        <small>{textOf(setting, 'what')}</small>
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
