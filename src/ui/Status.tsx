// The headline: "AI training: off, verified 3 min ago", and a sentence on what it means.
import type { View } from '../engine/check/status';
import { formatAgo } from '../engine/time/ago';
import { t, textLocale } from '../platform/i18n';

export function ago(at: number, now: number): string {
  return formatAgo(Math.max(0, now - at), textLocale(), t('justNow'));
}

export function Status({ view, now }: { view: View; now: number }) {
  switch (view.kind) {
    case 'unchecked':
      return <Headline title={t('statusUnchecked')} body={t('uncheckedBody')} />;
    case 'running':
      return <Headline title={t('statusRunning')} />;
    case 'off':
      return <Headline title={t('statusOff')} sub={t('verifiedAgo', ago(view.at, now))} body={t('offBody')} />;
    case 'on':
      return <Headline title={t('statusOn')} sub={t('checkedAgo', ago(view.at, now))} body={t('leftOnBody')} />;
    case 'absent':
      return <Headline title={t('statusNotOffered')} sub={t('checkedAgo', ago(view.at, now))} body={t('notOfferedBody')} />;
    case 'problem': {
      // What we last read of the switch still stands when this check failed.
      const known = view.known;
      if (!known) return <Headline title={t('statusUnknown')} />;
      const off = known.state === 'off';
      return <Headline title={t(off ? 'statusOff' : 'statusOn')} sub={t(off ? 'verifiedAgo' : 'checkedAgo', ago(known.at, now))} />;
    }
  }
}

function Headline({ title, sub, body }: { title: string; sub?: string; body?: string }) {
  return (
    <section class="status" aria-live="polite">
      <h1 data-testid="status">{title}</h1>
      {sub && (
        <p class="sub" data-testid="status-sub">
          {sub}
        </p>
      )}
      {body && <p class="body">{body}</p>}
    </section>
  );
}
