// The steps of a running audit, the current one marked.
import { STEPS, type Step } from '../engine/check/outcomes';
import type { MessageKey } from '../generated/message-keys';
import { t } from '../platform/i18n';

const KEYS: Record<Step, MessageKey> = {
  opening: 'stepOpening',
  searching: 'stepSearching',
  switching: 'stepSwitching',
  confirming: 'stepConfirming',
};

export function Progress({ step }: { step: Step }) {
  const current = STEPS.indexOf(step);
  return (
    <div class="actions">
      <button type="button" class="primary" disabled aria-busy="true">
        {t('buttonRunning')}
      </button>
      <ol class="progress" data-testid="progress">
        {STEPS.map((s, i) => (
          <li key={s} class={i < current ? 'done' : i === current ? 'current' : 'todo'} aria-current={i === current ? 'step' : undefined}>
            {t(KEYS[s])}
          </li>
        ))}
      </ol>
    </div>
  );
}
