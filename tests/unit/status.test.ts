import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/core/outcomes';
import { badgeFor, COLORS, RUN_STALE_MS, viewOf, type StatusInput } from '../../src/core/status';

const NOW = Date.UTC(2026, 10, 29, 10);
const none: StatusInput = { audit: null, known: null, run: null };

describe('viewOf', () => {
  it('before any audit: not checked yet', () => {
    expect(viewOf(none, NOW)).toEqual({ kind: 'unchecked' });
  });

  it('a running audit shows its step, until it is stale', () => {
    const run = { touchedAt: NOW - 5_000, step: 'confirming' as const };
    expect(viewOf({ ...none, run }, NOW)).toEqual({ kind: 'running', step: 'confirming' });
    expect(viewOf({ ...none, run }, NOW + RUN_STALE_MS)).toMatchObject({ kind: 'problem', outcome: 'interrupted', detail: 'no-answer' });
  });

  it('turned off or already off: off, as of the reading', () => {
    for (const outcome of ['turned-off', 'already-off'] as const) {
      const state = { ...none, audit: { outcome, at: NOW - 1 }, known: { state: 'off' as const, at: NOW - 1 } };
      expect(viewOf(state, NOW)).toEqual({ kind: 'off', at: NOW - 1 });
    }
  });

  it('left on in audit-only mode: on', () => {
    const state = { ...none, audit: { outcome: 'left-on' as const, at: NOW }, known: { state: 'on' as const, at: NOW } };
    expect(viewOf(state, NOW)).toEqual({ kind: 'on', at: NOW });
  });

  it('a failed audit is a problem that keeps the last known state', () => {
    const known = { state: 'off' as const, at: NOW - 86_400_000 };
    const state = { ...none, audit: { outcome: 'not-found' as const, at: NOW, detail: 'timeout' }, known };
    expect(viewOf(state, NOW)).toEqual({ kind: 'problem', outcome: 'not-found', at: NOW, detail: 'timeout', known });
  });

  it('every outcome maps to a view, and only off views are green', () => {
    for (const outcome of OUTCOMES) {
      const known = outcome === 'turned-off' || outcome === 'already-off' ? { state: 'off' as const, at: NOW } : null;
      for (const phase of ['before', 'day', 'after'] as const) {
        const badge = badgeFor(viewOf({ ...none, audit: { outcome, at: NOW }, known }, NOW), { phase, daysLeft: 5 });
        expect(badge.color === COLORS.ok).toBe(known !== null);
      }
    }
  });
});

describe('badgeFor', () => {
  const after = { phase: 'after' as const, daysLeft: -30 };
  it('tells success, on, problems, progress and unchecked apart', () => {
    const texts = [
      badgeFor({ kind: 'off', at: NOW }, after),
      badgeFor({ kind: 'on', at: NOW }, after),
      badgeFor({ kind: 'problem', outcome: 'save-rejected', at: NOW, known: null }, after),
      badgeFor({ kind: 'running', step: 'opening' }, after),
      badgeFor({ kind: 'unchecked' }, after),
    ].map((b) => JSON.stringify([b.text, b.color]));
    expect(new Set(texts).size).toBe(5);
  });

  it('counts down before the deadline, escalating in colour', () => {
    const at = (daysLeft: number) => badgeFor({ kind: 'unchecked' }, { phase: 'before', daysLeft });
    expect(at(14)).toMatchObject({ text: { key: 'badgeDays', subs: ['14'] }, color: COLORS.calm });
    expect(at(7).color).toBe(COLORS.warn);
    expect(at(3).color).toBe(COLORS.alert);
    expect(at(1)).toMatchObject({ text: { key: 'badgeDays', subs: ['1'] }, title: { plural: 'badgeTitleDays', count: 1, subs: ['1'] } });
  });

  it('from the deadline day on, an alert until verified off; then done', () => {
    for (const phase of ['day', 'after'] as const) {
      expect(badgeFor({ kind: 'unchecked' }, { phase, daysLeft: 0 })).toMatchObject({ text: '!', color: COLORS.alert });
      expect(badgeFor({ kind: 'off', at: NOW }, { phase, daysLeft: 0 })).toMatchObject({ text: '✓', color: COLORS.ok });
    }
  });
});
