// The privacy check in full: every LinkedIn data and ads switch we know, grouped by what it
// gives away, with its state as last verified, a tick for the ones to keep off
// (recommended ones ticked by default), the one button that sweeps them, the sweep's
// progress and result, what was changed (with links to switch it back by hand), what could
// not be checked (with the way forward), and what LinkedIn shows that we do not know yet.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { maintainerReport } from '../engine/check/maintainer-report';
import { manualSteps } from '../services/linkedin/manual-steps';
import type { MessageKey } from '../generated/message-keys';
import { LINKEDIN_ORIGIN } from '../services/linkedin/switches';
import { settingUrl } from '../engine/switch/pages';
import { rowState } from '../engine/check/rows';
import { changedSince } from '../services/linkedin/privacy-check';
import { settingById } from '../services';
import { CATEGORIES, type Category, type SettingRow } from '../engine/model';
import { RECOMMENDED, SETTINGS } from '../services/linkedin/switches';
import { t, textLocale, textOf, uiLanguage } from '../platform/i18n';
import { updatePrefs } from '../ui/changes';
import { Found } from '../ui/Found';
import { rowStatus } from './row-status';
import { CameBackLine } from './CameBackLine';
import { CopyReport, userDetailsOf } from './CopyReport';
import { startSweep, sweepLine } from '../ui/sweep';
import type { SettingRecord } from '../store/schemas';
import type { State } from '../store/items';

const CATEGORY_NAMES: Record<Category, MessageKey> = {
  ai: 'categoryAi',
  sharing: 'categorySharing',
  marketing: 'categoryMarketing',
  ads: 'categoryAds',
  cookies: 'categoryCookies',
};

const openPage = (url: string) => void browser.tabs.create({ url });

export function PrivacyCheck({ state, now }: { state: State; now: number }) {
  const chosen = state.prefs.chosen ?? RECOMMENDED;
  const running = state.runs.some((r) => r.kind === 'sweep');
  const [failed, setFailed] = useState(false);
  const toggle = (id: string, on: boolean) => {
    const next = SETTINGS.map((s) => s.id).filter((s) => (s === id ? on : chosen.includes(s)));
    void updatePrefs({ chosen: next });
  };
  const run = async () => {
    setFailed(false);
    if (!(await startSweep(chosen))) setFailed(true);
  };
  const sweep = state.sweep;
  const line = sweepLine(state, false, now);
  const changed = sweep && sweep.end !== null ? changedSince(state.settings, sweep.ids, sweep.startedAt) : [];
  // What the user typed in the extension, kept out of the maintainers' report.
  const userDetails = userDetailsOf(state);

  return (
    <section id="privacy" class="privacy" data-testid="privacy-check">
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacyIntro')}</p>
      <p class="sweep-line" data-testid="sweep-line" aria-live="polite">
        {line}
      </p>
      {sweep?.end === 'signed-out' || sweep?.end === 'checkpoint' ? (
        <button type="button" class="secondary" data-action="sign-in" onClick={() => openPage(`${LINKEDIN_ORIGIN}/login`)}>
          {t('buttonSignIn')}
        </button>
      ) : null}
      {changed.length > 0 && (
        <div class="changed" data-testid="changed">
          <p>{t('privacyChanged')}</p>
          <ul>
            {changed.map((id) => {
              const setting = settingById(id)!;
              return (
                <li key={id} data-changed={id}>
                  <a href={settingUrl(setting)} target="_blank" rel="noreferrer">
                    {textOf(setting, 'name')}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {CATEGORIES.map((category) => (
        <fieldset key={category} class="privacy-group">
          <legend>{t(CATEGORY_NAMES[category])}</legend>
          {SETTINGS.filter((s) => s.category === category).map((setting) => (
            <Row
              key={setting.id}
              setting={setting}
              record={state.settings[setting.id]}
              back={state.cameBack[setting.id]}
              since={sweep?.ids.includes(setting.id) ? sweep.startedAt : 0}
              ticked={chosen.includes(setting.id)}
              disabled={running}
              now={now}
              userDetails={userDetails}
              onToggle={(on) => toggle(setting.id, on)}
            />
          ))}
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" class="primary" data-action="sweep" disabled={running || chosen.length === 0} onClick={() => void run()}>
          {t(state.prefs.mode === 'audit' ? 'privacyRunAudit' : 'privacyRun')}
        </button>
        {chosen.length === 0 && <p class="hint">{t('privacyNoneTicked')}</p>}
        {failed && (
          <p class="error" role="alert">
            {t('problemNoWorker')}
          </p>
        )}
      </div>
      <Found items={state.found} />
    </section>
  );
}

function Row(props: {
  setting: SettingRow;
  record: SettingRecord | undefined;
  since: number;
  ticked: boolean;
  disabled: boolean;
  now: number;
  userDetails: readonly string[];
  onToggle: (on: boolean) => void;
  /** Found on again after it was verified off. */
  back?: State['cameBack'][string];
}) {
  const { setting, record, since, now } = props;
  const state = rowState(record, since);
  const audit = record?.audit;
  const status = rowStatus(record, since, now);
  return (
    <div class={`privacy-row state-${state}`} data-setting-row={setting.id} data-state={state}>
      <label>
        <input type="checkbox" checked={props.ticked} disabled={props.disabled} onChange={(e) => props.onToggle(e.currentTarget.checked)} />
        <span>
          <strong>{textOf(setting, 'name')}</strong>
          {setting.recommended && <span class="tag">{t('privacyRecommended')}</span>}
          <small>{textOf(setting, 'what')}</small>
        </span>
      </label>
      <p class="row-state" data-testid="row-state">
        {status}
      </p>
      <CameBackLine back={props.back} />
      {state === 'problem' && (
        <div class="row-help">
          <ol>
            {manualSteps(textLocale(), setting, textOf(setting, 'name')).map(({ key, subs }) => (
              <li key={key}>{t(key, ...subs)}</li>
            ))}
          </ol>
          <a href={settingUrl(setting)} target="_blank" rel="noreferrer" data-action="open-setting">
            {t('privacyOpenPage')}
          </a>
          {record?.page && audit && (
            <CopyReport
              intro={'reportIntro'}
              testId="maintainer-report"
              text={maintainerReport({
                settingId: setting.id,
                outcome: audit.outcome,
                page: record.page,
                version: browser.runtime.getManifest().version,
                uiLanguage: uiLanguage(),
                userDetails: props.userDetails,
              })}
            />
          )}
        </div>
      )}
    </div>
  );
}
