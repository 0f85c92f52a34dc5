// What every service's card on the options page has: its Add button (the browser asks for
// its host then; what it answered if it declined), and its dated change, worded as
// LinkedIn's deadline is.
import { useState } from 'preact/hooks';
import type { Confidence } from '../../engine/model';
import type { MessageKey } from '../../generated/message-keys';
import type { OptionalService } from '../../services';
import { requestServiceAccess } from '../../platform/access';
import { textOf, t } from '../../platform/i18n';
import { datedLine } from '../../ui/Deadline';
import { formatDay } from '../../platform/format';
import { parseDate } from '../../engine/time/calendar';

/**
 * A service's dated change, worded and formatted as LinkedIn's deadline (ui/Deadline.tsx):
 * "In force since …" once the day has come, on the user's calendar. `off`: the user has done
 * what the service asks (its settings verified off, its objections submitted).
 */
export function ServiceSince({ service, now, off }: { service: OptionalService; now: number; off: boolean }) {
  if (!service.since) return null;
  const dated = datedLine(now, service.since, off);
  const { phase } = dated;
  // Words per kind: a service with forms only (Meta) is stopped by the objection the user
  // sends, never by "switching the setting off".
  const formsOnly = service.settings.length === 0;
  const when = formsOnly && phase === 'after' ? t(off ? 'deadlineAfterFormSent' : 'deadlineAfterForm', formatDay(parseDate(service.since))) : dated.when;
  return (
    <div class={`deadline phase-${phase}`} data-testid="service-since">
      {!off && <p>{textOf(service, 'since')}</p>}
      <p class="when">
        <strong>{when}</strong>
      </p>
    </div>
  );
}

/** The text of each confidence level a fact shown on this page carries. */
export const CONFIDENCE_TEXT: Record<Confidence, MessageKey> = { high: 'confidenceHigh', medium: 'confidenceMedium', low: 'confidenceLow' };

/**
 * One line where a service's thumbs-up/down feedback may train its models even with its switch
 * off (its data's `feedbackTrains`): switching off is not the whole story there, and the user
 * should hear it from us, with how sure the facts are.
 */
export function FeedbackTrains({ service }: { service: OptionalService }) {
  if (!service.feedbackTrains) return null;
  return (
    <p class="hint" data-testid="feedback-trains">
      {t('feedbackTrains', service.name)} <small>{t('factsConfidence', t(CONFIDENCE_TEXT[service.feedbackTrains.confidence]))}</small>
    </p>
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
