// One step of the walkthrough, with its number and a tick once done.
import type { ComponentChildren } from 'preact';
import { t } from '../platform/i18n';

interface StepProps {
  n: number;
  title: string;
  done: boolean;
  open: boolean;
  /** The first step stays open: it holds the status the user came for. */
  collapsible?: boolean;
  children: ComponentChildren;
}

export function WalkthroughStep({ n, title, done, open, collapsible = true, children }: StepProps) {
  const heading = (
    <>
      <span class="num" aria-hidden="true">
        {done ? '✓' : n}
      </span>
      <span>{title}</span>
      {done && <span class="sr-only"> ({t('stepDone')})</span>}
    </>
  );
  const cls = `step ${done ? 'done' : ''}`;
  if (!collapsible) {
    return (
      <section class={cls} data-step={n}>
        <h2 class="step-title">{heading}</h2>
        <div class="step-body">{children}</div>
      </section>
    );
  }
  return (
    <details class={cls} open={open} data-step={n}>
      <summary class="step-title">{heading}</summary>
      <div class="step-body">{children}</div>
    </details>
  );
}
