// The other services, each as its card, in the registry's order: a service with settings
// to switch off (SwitchCard.tsx), or one that takes objections through forms
// (FormsCard.tsx); the services whose setting we cannot reach, with the steps by hand
// (ManualCard.tsx); then the services that offer no switch at all, as they are.
import { parseDate } from '../../engine/time/calendar';
import { formatDay } from '../../platform/format';
import { draftLink } from '../../engine/form/mailto';
import { t } from '../../platform/i18n';
import { MANUAL_SERVICES, OPTIONAL_SERVICES } from '../../services';
import { NO_CONTROL } from '../../services/no-control';
import type { State } from '../../store/items';
import { noteDraft } from '../../ui/changes';
import { slugOf } from '../dashboard/entries';
import type { Granted } from '../../ui/useServices';
import { FormsCard } from './FormsCard';
import { ManualCard } from './ManualCard';
import { CONFIDENCE_TEXT } from './parts';
import { SwitchCard } from './SwitchCard';

export function Services({ state, now, granted }: { state: State; now: number; granted: Granted }) {
  return (
    <section id="services" class="privacy services" data-testid="services">
      <h2>{t('servicesTitle')}</h2>
      <p>{t('servicesIntro')}</p>
      {OPTIONAL_SERVICES.map((service) => (
        <Detail key={service.id} id={service.id}>
          {service.settings.length > 0 ? (
            <SwitchCard service={service} state={state} now={now} granted={granted[service.id]} />
          ) : (
            <FormsCard service={service} state={state} now={now} granted={granted[service.id]} />
          )}
        </Detail>
      ))}
      {MANUAL_SERVICES.map((service) => (
        <Detail key={service.id} id={service.id}>
          <ManualCard service={service} />
        </Detail>
      ))}
      <NoControl drafts={state.drafts} />
    </section>
  );
}

/**
 * A service's card as the dashboard's tile opens it (options/dashboard/Tile.tsx): the place
 * its link leads to, focusable so the keyboard's next stop is inside it.
 */
function Detail({ id, children }: { id: string; children: preact.ComponentChildren }) {
  return (
    <div id={`service-${id}`} class="detail" tabIndex={-1}>
      {children}
    </div>
  );
}

/** The services with nothing to switch off: what each says, when we learnt it and how sure it is, and no button. */
function NoControl({ drafts }: { drafts: State['drafts'] }) {
  return (
    <div class="no-control" data-testid="no-control">
      <h3>{t('noControlTitle')}</h3>
      <p>{t('noControlIntro')}</p>
      <ul>
        {NO_CONTROL.map((s) => (
          <li key={s.name} id={`service-${slugOf(s.name)}`} class="detail" tabIndex={-1} data-no-control={s.name}>
            <strong>{s.name}</strong>: {t(s.what)}{' '}
            <small class="facts" data-testid="facts">
              {t('noControlFacts', formatDay(parseDate(s.asOf)), t(CONFIDENCE_TEXT[s.confidence]))}
            </small>
            {s.privacyEmail && <ObjectionDraft name={s.name} to={s.privacyEmail} openedAt={drafts[s.name]} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where a service has no switch but publishes a privacy address: a prefilled objection e-mail
 * (Article 21 GDPR), for people in the EU/EEA, the UK or Switzerland, opened in the user's own
 * mail client by a link they click. We do not guess where the user lives (no network lookup,
 * no setting to keep): the line says whom it is for, and the user decides. The body holds
 * placeholders the user completes, none of their data; nothing is sent by us; the record
 * keeps only the day a draft was opened.
 */
function ObjectionDraft({ name, to, openedAt }: { name: string; to: string; openedAt: number | undefined }) {
  const href = draftLink(to, t('objectionMailSubject'), t('objectionMailBody', name));
  if (!href) return null;
  return (
    <p class="objection-draft" data-testid="objection-draft">
      <small>{t('objectionMailWho')}</small>{' '}
      <a href={href} data-action="draft-objection" onClick={() => void noteDraft(name)}>
        {t('objectionMailLink', name)}
      </a>
      {openedAt !== undefined && (
        <small class="facts" data-testid="draft-opened">
          {t('objectionMailOpened', formatDay(openedAt))}
        </small>
      )}
    </p>
  );
}
