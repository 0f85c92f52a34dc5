// A service whose setting the extension cannot reach (Mistral Le Chat: its page's host is
// unverified): what the setting does, the steps by hand, and what is unknown. No button: no
// host is asked for, nothing runs on its pages (engine/model.ts ManualService).
import type { ManualService } from '../../engine/model';
import { textOf } from '../../platform/i18n';

export function ManualCard({ service }: { service: ManualService }) {
  return (
    <fieldset class="privacy-group service" data-service={service.id}>
      <legend>{service.name}</legend>
      <p>{textOf(service, 'what')}</p>
      <p data-testid="manual-steps">{textOf(service, 'steps')}</p>
      <p class="hint">{textOf(service, 'unverified')}</p>
    </fieldset>
  );
}
