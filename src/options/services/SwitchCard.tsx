// A service with settings to switch off (X, ChatGPT, Claude…): add it (its host is asked
// for then, and the worker checks it at once), check it again, remove it (the host is given
// back); each setting with its state as last verified and, when it could not be checked,
// the steps by hand and the page's link.
import { useState } from 'preact/hooks';
import type { Outcome } from '../../engine/check/outcomes';
import { rowState } from '../../engine/check/rows';
import { checkButtonKey } from '../../engine/check/status';
import type { SettingRow } from '../../engine/model';
import { settingUrl } from '../../engine/switch/pages';
import { removeServiceAccess } from '../../platform/access';
import { uiLangOf } from '../../engine/langs';
import { t, textOf, uiLanguage } from '../../platform/i18n';
import { type OptionalService, rowsOf, settingsOf } from '../../services';
import type { State } from '../../store/items';
import type { SettingRecord } from '../../store/schemas';
import { detailText, problemTitle } from '../../ui/Problem';
import { serviceLine, startServiceCheck } from '../../ui/sweep';
import { kindOf, rowStatus } from '../row-status';
import { ago } from '../../ui/Status';
import { AddService, FeedbackTrains, ServiceSince } from './parts';
import { CameBackLine } from '../CameBackLine';
import { FailureReport } from './FailureReport';

export function SwitchCard({ service, state, now, granted }: { service: OptionalService; state: State; now: number; granted: boolean | undefined }) {
  const [failed, setFailed] = useState(false);
  const running = state.runs.some((r) => r.service === service.id);
  const check = state.checks[service.id];
  // The whole service, or one setting the check leaves to the user, chosen on its row.
  const run = async (setting?: string) => {
    setFailed(false);
    if (!(await startServiceCheck(service, setting))) setFailed(true);
  };
  const signedOut = check?.end === 'signed-out' || check?.end === 'checkpoint';
  // A setting repeated per site is one line per site the service listed (engine/check/sites.ts).
  const rows = rowsOf(service.id, state.sites);
  const perSite = settingsOf(service.id).some((s) => s.perSite);
  return (
    <fieldset class="privacy-group service" id={`service-${service.id}`} data-service={service.id}>
      <legend>{service.name}</legend>
      <ServiceSince service={service} now={now} off={rows.length > 0 && rows.every((s) => state.settings[s.id]?.known?.state === 'off')} />
      {service.note && (
        <p class="hint" data-testid="service-note">
          {textOf(service, 'note')}
        </p>
      )}
      <FeedbackTrains service={service} />
      {granted !== undefined && (
        <p class="sweep-line" data-testid="service-line" aria-live="polite">
          {serviceLine(state, service, granted, false, now)}
        </p>
      )}
      {granted === false && <AddService service={service} />}
      {granted === true && (
        <>
          <p class="hint">{t('serviceUnverified', service.name)}</p>
          {'accountsByIndex' in service && (
            <p class="hint" data-testid="service-where">
              {textOf(service, 'where')}
            </p>
          )}
          {signedOut && (
            <a class="button secondary" href={service.origin} target="_blank" rel="noreferrer" data-action="sign-in">
              {t('serviceSignIn', service.name)}
            </a>
          )}
          {rows.map((setting) => (
            <ServiceRow
              key={setting.id}
              setting={setting}
              service={service}
              record={state.settings[setting.id]}
              back={state.cameBack[setting.id]}
              since={check?.startedAt ?? 0}
              now={now}
              running={running}
              onChoose={() => void run(setting.id)}
            />
          ))}
          <FailureReport service={service} state={state} />
          {perSite && <p class="hint">{textOf(service, 'elsewhere')}</p>}
          <div class="actions">
            <button type="button" class="primary" data-action="check-service" disabled={running} onClick={() => void run()}>
              {t(checkButtonKey(state.prefs.mode, Math.max(rows.length, 1)))}
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

/** The steps by hand, in the words of the row's control. */
const MANUAL = { switch: 'serviceManualStep', box: 'serviceBoxManualStep', 'switch-on': 'serviceTurnOnManualStep' } as const;

/** What went wrong, in a service's own name where LinkedIn's texts would name LinkedIn. */
export function serviceProblem(outcome: Outcome, service: OptionalService): string {
  if (outcome === 'signed-out') return t('serviceSignedOutShort', service.name);
  if (outcome === 'save-rejected') return t('serviceRejected', service.name);
  return t(problemTitle(outcome));
}

/**
 * A control that is not a switch, verified protected, in the words of its kind: a menu chip
 * "turned off", a value "set to Disabled" (the page's own word, in the UI's language where
 * the row knows it); null for a switch (rowStatus words it).
 */
function controlOff(setting: SettingRow, record: SettingRecord | undefined, state: string, now: number): string | null {
  const control = setting.control;
  if (!control || state !== 'off' || !record?.known) return null;
  const when = ago(record.known.at, now);
  if (control.kind === 'menu') return t('rowTurnedOff', when);
  const value = control.off[uiLangOf(uiLanguage())]?.[0] ?? Object.values(control.off)[0]?.[0] ?? '';
  return t('rowSetTo', value, when);
}

function ServiceRow({
  setting,
  service,
  record,
  since,
  now,
  running,
  onChoose,
  back,
}: {
  /** Found on again after it was verified off. */
  back: State['cameBack'][string] | undefined;
  setting: SettingRow;
  service: OptionalService;
  record: SettingRecord | undefined;
  since: number;
  now: number;
  running: boolean;
  /** Check this setting alone: for one the check leaves to the user's choice. */
  onChoose: () => void;
}) {
  const state = rowState(record, since);
  const kind = kindOf(setting);
  const status =
    controlOff(setting, record, state, now) ?? rowStatus(record, since, now, (outcome) => serviceProblem(outcome, service), kind, setting.retired?.since);
  const detail = record?.audit ? detailText(record.audit.outcome, record.audit.detail) : null;
  // A site's row says its texts under its setting's id, and names its site.
  const texts = { id: setting.site ? setting.id.slice(0, setting.id.indexOf('@')) : setting.id };
  return (
    <div class={`privacy-row state-${state}`} data-setting-row={setting.id} data-state={state}>
      <p>
        <strong>
          {textOf(texts, 'name')}
          {setting.site && <span data-testid="row-site"> · {setting.site}</span>}
        </strong>
        <small>{textOf(texts, 'what')}</small>
      </p>
      <p class="row-state" data-testid="row-state">
        {status}
      </p>
      <CameBackLine back={back} />
      {(state === 'problem' || (!setting.recommended && state !== 'off')) && (
        // A row the check leaves to the user (it costs them something, background/checks/start.ts): its page, by hand.
        <div class="row-help">
          {detail && <p data-testid="row-detail">{detail}</p>}
          <p>{t(MANUAL[kind], service.name)}</p>
          <a href={settingUrl(setting)} target="_blank" rel="noreferrer" data-action="open-setting">
            {t('privacyOpenPage')}
          </a>
          {!setting.recommended && (
            // It costs the user something (its facts say what): switched off only when they ask, here.
            <button type="button" class="secondary" data-action="check-setting" disabled={running} onClick={onChoose}>
              {t('serviceChooseSetting')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
