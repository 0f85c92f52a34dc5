// Where the user stands, derived from what is stored: one pure function that both the
// toolbar badge and the popup read, so they can never disagree.
import type { MessageKey, PluralKey } from '../../generated/message-keys';
import { isProblem, type Mode, type Outcome, type Step } from './outcomes';
import type { Phase } from '../time/reminders';

export interface StatusInput {
  audit: { outcome: Outcome; at: number; detail?: string } | null;
  known: { state: 'on' | 'off'; at: number } | null;
  run: { touchedAt: number; step: Step } | null;
}

/** A check silent for this long (no load, click or report) is taken as lost. */
export const RUN_STALE_MS = 60_000;

export type View =
  | { kind: 'running'; step: Step }
  | { kind: 'unchecked' }
  | { kind: 'off'; at: number }
  | { kind: 'on'; at: number }
  /** The service does not offer the setting to this account: nothing to switch off. */
  | { kind: 'absent'; at: number }
  | { kind: 'problem'; outcome: Outcome; at: number; detail?: string; known: StatusInput['known'] };

export function viewOf(state: StatusInput, now: number): View {
  const { audit, known, run } = state;
  if (run) {
    if (now - run.touchedAt < RUN_STALE_MS) return { kind: 'running', step: run.step };
    return { kind: 'problem', outcome: 'interrupted', at: run.touchedAt, detail: 'no-answer', known };
  }
  if (!audit) return { kind: 'unchecked' };
  if (audit.outcome === 'not-offered') return { kind: 'absent', at: audit.at };
  if (isProblem(audit.outcome)) return { kind: 'problem', outcome: audit.outcome, at: audit.at, detail: audit.detail, known };
  return known?.state === 'off' ? { kind: 'off', at: known.at } : { kind: 'on', at: known?.at ?? audit.at };
}

/** A translatable text: a message key and its substitutions, or a plural message and its count. */
export type Msg = { key: MessageKey; subs?: string[] } | { plural: PluralKey; count: number; subs?: string[] };

export interface Badge {
  /** Literal text, or a message to translate. */
  text: string | Msg;
  color: string;
  title: Msg;
}

export const COLORS = {
  ok: '#137333',
  alert: '#c5221f',
  warn: '#b45309',
  busy: '#1a73e8',
  calm: '#5f6368',
} as const;

/** The countdown's colour: calm two weeks out, warning in the last week, alert at 3 days. */
function countdownColor(daysLeft: number): string {
  return daysLeft <= 3 ? COLORS.alert : daysLeft <= 7 ? COLORS.warn : COLORS.calm;
}

/**
 * Green tick once verified off, whatever the date; "ON" when seen on; "!" in orange when
 * the last check failed; nothing but its title when LinkedIn does not offer the setting
 * here. Never checked: the days left before the deadline, an alert from the deadline on.
 */
export function badgeFor(view: View, countdown: { phase: Phase; daysLeft: number }, others: { on: number; open: number }): Badge {
  switch (view.kind) {
    case 'off':
    case 'absent':
      // ✓ only when every setting the user chose is verified off, not the AI switch alone.
      if (others.on > 0)
        return { text: { key: 'badgeOn' }, color: COLORS.alert, title: { plural: 'badgeTitleOthersOn', count: others.on, subs: [String(others.on)] } };
      if (others.open > 0) return { text: '!', color: COLORS.warn, title: { plural: 'badgeTitleOthersOpen', count: others.open, subs: [String(others.open)] } };
      // Not offered is no failure: no alarm and no countdown, only the title saying so.
      if (view.kind === 'absent') return { text: '', color: COLORS.calm, title: { key: 'badgeTitleNotOffered' } };
      return { text: '✓', color: COLORS.ok, title: { key: 'badgeTitleOff' } };
    case 'running':
      return { text: '…', color: COLORS.busy, title: { key: 'badgeTitleRunning' } };
    case 'on':
      return { text: { key: 'badgeOn' }, color: COLORS.alert, title: { key: 'badgeTitleOn' } };
  }
  if (view.kind === 'problem') return { text: '!', color: COLORS.warn, title: { key: 'badgeTitleProblem' } };
  if (countdown.phase === 'before') {
    const days = String(countdown.daysLeft);
    return {
      text: { key: 'badgeDays', subs: [days] },
      color: countdownColor(countdown.daysLeft),
      title: { plural: 'badgeTitleDays', count: countdown.daysLeft, subs: [days] },
    };
  }
  return { text: '!', color: COLORS.alert, title: { key: 'badgeTitleInForce' } };
}

/**
 * The words on a check button: what one press will do, in the mode chosen, for the number
 * of settings it covers (a service with several switches is not "the setting").
 */
export function checkButtonKey(mode: Mode, settings: number): MessageKey {
  if (mode === 'optout') return 'buttonCheckSwitchOff';
  return settings > 1 ? 'buttonAuditAll' : 'buttonAudit';
}
