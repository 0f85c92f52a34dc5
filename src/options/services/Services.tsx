// The other services, each as its card, in the registry's order: a service with settings
// to switch off (SwitchCard.tsx), or one that takes objections through forms
// (FormsCard.tsx); the services whose setting we cannot reach, with the steps by hand
// (ManualCard.tsx); then the services that offer no switch at all, as they are.
import { parseDate } from '../../engine/time/calendar';
import { formatDay } from '../../platform/format';
import { t } from '../../platform/i18n';
import { MANUAL_SERVICES, OPTIONAL_SERVICES } from '../../services';
import { NO_CONTROL } from '../../services/no-control';
import type { State } from '../../store/items';
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
      {OPTIONAL_SERVICES.map((service) =>
        service.settings.length > 0 ? (
          <SwitchCard key={service.id} service={service} state={state} now={now} granted={granted[service.id]} />
        ) : (
          <FormsCard key={service.id} service={service} state={state} now={now} granted={granted[service.id]} />
        ),
      )}
      {MANUAL_SERVICES.map((service) => (
        <ManualCard key={service.id} service={service} />
      ))}
      <NoControl />
    </section>
  );
}

/** The services with nothing to switch off: what each says, when we learnt it and how sure it is, and no button. */
function NoControl() {
  return (
    <div class="no-control" data-testid="no-control">
      <h3>{t('noControlTitle')}</h3>
      <p>{t('noControlIntro')}</p>
      <ul>
        {NO_CONTROL.map((s) => (
          <li key={s.name} data-no-control={s.name}>
            <strong>{s.name}</strong>: {t(s.what)}{' '}
            <small class="facts" data-testid="facts">
              {t('noControlFacts', formatDay(parseDate(s.asOf)), t(CONFIDENCE_TEXT[s.confidence]))}
            </small>
          </li>
        ))}
      </ul>
    </div>
  );
}
