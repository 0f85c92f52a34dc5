// Where the user stands, derived from what is stored: one pure function that both the
// toolbar badge and the popup read, so they can never disagree.
import { isProblem, type Outcome, type Step } from './outcomes';

export interface StatusInput {
  audit: { outcome: Outcome; at: number; detail?: string } | null;
  known: { state: 'on' | 'off'; at: number } | null;
  run: { startedAt: number; step: Step } | null;
}

/** An audit that has not reported after this long is taken as lost. */
export const RUN_STALE_MS = 60_000;

export type View =
  | { kind: 'running'; step: Step }
  | { kind: 'unchecked' }
  | { kind: 'off'; at: number }
  | { kind: 'on'; at: number }
  | { kind: 'problem'; outcome: Outcome; at: number; detail?: string; known: StatusInput['known'] };

export function viewOf(state: StatusInput, now: number): View {
  const { audit, known, run } = state;
  if (run) {
    if (now - run.startedAt < RUN_STALE_MS) return { kind: 'running', step: run.step };
    return { kind: 'problem', outcome: 'interrupted', at: run.startedAt, detail: 'no-answer', known };
  }
  if (!audit) return { kind: 'unchecked' };
  if (isProblem(audit.outcome)) return { kind: 'problem', outcome: audit.outcome, at: audit.at, detail: audit.detail, known };
  return known?.state === 'off' ? { kind: 'off', at: known.at } : { kind: 'on', at: known?.at ?? audit.at };
}

export interface Badge {
  /** Literal text, or a message key when `translate` is set. */
  text: string;
  translate: boolean;
  color: string;
  /** Message key of the toolbar tooltip. */
  titleKey: string;
}

/** Green tick for off, red for on, orange for a problem, grey before the first check. */
export function badgeFor(view: View): Badge {
  switch (view.kind) {
    case 'off':
      return { text: '✓', translate: false, color: '#137333', titleKey: 'badgeTitleOff' };
    case 'on':
      return { text: 'badgeOn', translate: true, color: '#c5221f', titleKey: 'badgeTitleOn' };
    case 'running':
      return { text: '…', translate: false, color: '#1a73e8', titleKey: 'badgeTitleRunning' };
    case 'problem':
      return { text: '!', translate: false, color: '#b45309', titleKey: 'badgeTitleProblem' };
    case 'unchecked':
      return { text: '?', translate: false, color: '#5f6368', titleKey: 'badgeTitleUnchecked' };
  }
}
