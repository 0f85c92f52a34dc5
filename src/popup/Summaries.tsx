// One line each for what lives on the options page: the objection (step 2), the clean-up
// (step 3) and the record, each a link to its section there, and one to the whole page.
import { isReady } from '../engine/form/todo';
import { t, tn } from '../platform/i18n';
import type { Objection } from '../store/schemas';
import type { State } from '../store/items';
import { formatDay } from '../platform/format';
import { Found } from '../ui/Found';
import { openOptions, type Section } from './openOptions';
import { serviceLine, startSweep, sweepLine, verifiedOff } from '../ui/sweep';
import { useGranted } from '../ui/useServices';
import { ProtectedLine } from './ProtectedLine';
import { type OptionalService, SWITCH_SERVICES } from '../services';
import { OBJECTION_FORM } from '../services/linkedin/objection-form';

function objectionLine(objection: Objection): string {
  if (objection.submittedAt !== null) return t('objectionSubmitted', formatDay(objection.submittedAt));
  if (objection.formFound === false) return t('summaryNoForm');
  if (objection.report) return t(isReady(objection.report, OBJECTION_FORM) ? 'panelReady' : 'panelPartial');
  if (objection.run) return t('objectionWaiting');
  return t('summaryNotYet');
}

/** The services added, in a few words: how many are verified off, then each one that needs a look. */
function servicesLine(state: State, added: readonly OptionalService[]): string {
  const needLook = added.filter((service) => !verifiedOff(state, service));
  const off = added.length - needLook.length;
  return [
    ...(off ? [tn('servicesOff', off, String(off))] : []),
    ...needLook.map((service) => `${service.name}: ${serviceLine(state, service, true, true)}`),
  ].join(' · ');
}

function Row({
  section,
  n,
  done,
  title,
  line,
  action,
}: {
  section: Section;
  n?: number;
  done?: boolean;
  title: string;
  line: string;
  action?: preact.ComponentChildren;
}) {
  return (
    <li class={action ? 'with-action' : undefined}>
      <button type="button" class={`more${done ? ' done' : ''}`} data-open={section} onClick={() => void openOptions(section)}>
        <span class="num" aria-hidden="true">
          {n === undefined ? '' : done ? '✓' : n}
        </span>
        <span class="more-text">
          <span class="more-title">{title}</span>
          <small>{line}</small>
        </span>
        <span class="chevron" aria-hidden="true">
          ›
        </span>
      </button>
      {action}
    </li>
  );
}

export function Summaries({ state, objection, now }: { state: State; objection: Objection; now: number }) {
  const { walkthrough } = state;
  const granted = useGranted();
  // Meta's objection forms are walked through on the options page only: the popup keeps its room.
  const added = SWITCH_SERVICES.filter((s) => granted[s.id] === true);
  return (
    <nav class="summaries" aria-label={t('settingsAndDetails')}>
      <ul>
        <Row section="objection" n={2} done={objection.submittedAt !== null} title={t('step2Title')} line={objectionLine(objection)} />
        <Row
          section="cleanup"
          n={3}
          done={walkthrough.cleanupDone}
          title={t('step3Title')}
          line={t(walkthrough.cleanupDone ? 'summaryDone' : 'summaryNotYet')}
        />
        {/* The whole privacy check lives on the options page; here, where it stands and the one button. */}
        <Row
          section="privacy"
          title={t('privacyTitle')}
          line={sweepLine(state, true)}
          action={
            !state.runs.some((r) => r.kind === 'sweep') && (
              <button type="button" class="secondary small" data-action="sweep" aria-label={t('privacyRunShort')} onClick={() => void startSweep()}>
                {t('privacyRunButton')}
              </button>
            )
          }
        />
        {/* The other services the user added: where each stands, in one line (the popup stays under 600 px); the rest on the options page. */}
        {added.length > 0 && <Row section="services" title={t('servicesTitle')} line={servicesLine(state, added)} />}
      </ul>
      <Found items={state.found} first />
      {/* One row, so the popup stays under 600 px in every language: every service at a glance
          (how many of those added are protected, a link to the dashboard), then the whole page. */}
      <p class="bottom-links">
        <ProtectedLine state={state} granted={granted} now={now} />
        <button type="button" class="link" data-open="options" onClick={() => void openOptions()}>
          {t('popupAllSettings')}
        </button>
      </p>
    </nav>
  );
}
