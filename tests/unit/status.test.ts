// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/engine/check/outcomes';
import { badgeFor, checkButtonKey, COLORS, RUN_STALE_MS, viewOf, type StatusInput } from '../../src/engine/check/status';

const NOW = Date.UTC(2026, 10, 29, 10);
const none: StatusInput = { audit: null, known: null, run: null };
/** No other chosen setting on or open. */
const CLEAR = { on: 0, open: 0 };

describe('viewOf', () => {
  it('before any audit: not checked yet', () => {
    expect(viewOf(none, NOW)).toEqual({ kind: 'unchecked' });
  });

  it('a running audit shows its step, until it is stale', () => {
    const run = { touchedAt: NOW - 5_000, step: 'confirming' as const };
    expect(viewOf({ ...none, run }, NOW)).toEqual({ kind: 'running', step: 'confirming' });
    expect(viewOf({ ...none, run }, NOW + RUN_STALE_MS)).toMatchObject({ kind: 'problem', outcome: 'interrupted', detail: 'no-answer' });
  });

  it('a run is stale from exactly one minute on, and then reported as interrupted at its start', () => {
    const known = { state: 'on' as const, at: NOW - 86_400_000 };
    const run = { touchedAt: NOW, step: 'searching' as const };
    expect(viewOf({ ...none, known, run }, NOW + RUN_STALE_MS - 1)).toEqual({ kind: 'running', step: 'searching' });
    expect(viewOf({ ...none, known, run }, NOW + RUN_STALE_MS)).toEqual({ kind: 'problem', outcome: 'interrupted', at: NOW, detail: 'no-answer', known });
  });

  it('a running audit wins over the result of the previous one', () => {
    const audit = { outcome: 'turned-off' as const, at: NOW - 10 };
    const known = { state: 'off' as const, at: NOW - 10 };
    expect(viewOf({ audit, known, run: { touchedAt: NOW, step: 'opening' } }, NOW)).toEqual({ kind: 'running', step: 'opening' });
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

  it('left on with no known reading: on, as of the audit', () => {
    const state = { ...none, audit: { outcome: 'left-on' as const, at: NOW } };
    expect(viewOf(state, NOW + 5)).toEqual({ kind: 'on', at: NOW });
  });

  it('left on: on, as of the last reading of the switch rather than the audit', () => {
    const state = { ...none, audit: { outcome: 'left-on' as const, at: NOW }, known: { state: 'on' as const, at: NOW - 7 } };
    expect(viewOf(state, NOW)).toEqual({ kind: 'on', at: NOW - 7 });
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
        const badge = badgeFor(viewOf({ ...none, audit: { outcome, at: NOW }, known }, NOW), { phase, daysLeft: 5 }, CLEAR);
        expect(badge.color === COLORS.ok).toBe(known !== null);
      }
    }
  });
});

describe('badgeFor', () => {
  const after = { phase: 'after' as const, daysLeft: -30 };
  it('tells success, on, problems, progress and unchecked apart', () => {
    const texts = [
      badgeFor({ kind: 'off', at: NOW }, after, CLEAR),
      badgeFor({ kind: 'on', at: NOW }, after, CLEAR),
      badgeFor({ kind: 'problem', outcome: 'save-rejected', at: NOW, known: null }, after, CLEAR),
      badgeFor({ kind: 'running', step: 'opening' }, after, CLEAR),
      badgeFor({ kind: 'unchecked' }, after, CLEAR),
    ].map((b) => JSON.stringify([b.text, b.color]));
    expect(new Set(texts).size).toBe(5);
  });

  it('shows an ellipsis in blue while a check is under way', () => {
    expect(badgeFor({ kind: 'running', step: 'opening' }, after, CLEAR)).toEqual({ text: '…', color: COLORS.busy, title: { key: 'badgeTitleRunning' } });
  });

  it('a problem is an orange "!", whatever the date', () => {
    const problem = { kind: 'problem' as const, outcome: 'not-found' as const, at: NOW, known: null };
    for (const countdown of [after, { phase: 'before' as const, daysLeft: 10 }]) {
      expect(badgeFor(problem, countdown, CLEAR)).toEqual({ text: '!', color: COLORS.warn, title: { key: 'badgeTitleProblem' } });
    }
  });

  it('on is a translated "ON" in red; off a green tick, whatever the date', () => {
    const before = { phase: 'before' as const, daysLeft: 10 };
    expect(badgeFor({ kind: 'on', at: NOW }, before, CLEAR)).toEqual({ text: { key: 'badgeOn' }, color: COLORS.alert, title: { key: 'badgeTitleOn' } });
    expect(badgeFor({ kind: 'off', at: NOW }, before, CLEAR)).toEqual({ text: '✓', color: COLORS.ok, title: { key: 'badgeTitleOff' } });
  });

  it('off with other chosen settings still on: a red "ON" that counts them; still to check: an orange "!" that counts them', () => {
    const off = { kind: 'off', at: NOW } as const;
    const before = { phase: 'before' as const, daysLeft: 10 };
    expect(badgeFor(off, before, { on: 2, open: 1 })).toEqual({
      text: { key: 'badgeOn' },
      color: COLORS.alert,
      title: { plural: 'badgeTitleOthersOn', count: 2, subs: ['2'] },
    });
    expect(badgeFor(off, before, { on: 0, open: 3 })).toEqual({
      text: '!',
      color: COLORS.warn,
      title: { plural: 'badgeTitleOthersOpen', count: 3, subs: ['3'] },
    });
    // The AI switch on outranks the others: its own badge.
    expect(badgeFor({ kind: 'on', at: NOW }, before, { on: 2, open: 1 }).title).toEqual({ key: 'badgeTitleOn' });
  });

  it('every badge text and title is a message in every language', () => {
    const views = [
      { kind: 'off', at: NOW },
      { kind: 'on', at: NOW },
      { kind: 'running', step: 'opening' },
      { kind: 'problem', outcome: 'ambiguous', at: NOW, known: null },
      { kind: 'unchecked' },
    ] as const;
    const phases = [
      { phase: 'before', daysLeft: 5 },
      { phase: 'day', daysLeft: 0 },
      { phase: 'after', daysLeft: -5 },
    ] as const;
    const keys = new Set<string>();
    for (const view of views) {
      for (const phase of phases) {
        for (const others of [CLEAR, { on: 1, open: 0 }, { on: 0, open: 1 }]) {
          const badge = badgeFor(view, phase, others);
          // A message is a key, or (for counts) a plural message named by `plural`.
          for (const msg of [badge.title, badge.text]) {
            if (typeof msg === 'string') continue;
            const named = msg as { key?: string; plural?: string };
            keys.add(named.key ?? named.plural!);
          }
        }
      }
    }
    expect(keys.size).toBe(10);
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
      for (const key of keys)
        expect(
          Object.keys(messages).some((k) => k === key || k.startsWith(`${key}_`)),
          `${lang}: ${key}`,
        ).toBe(true);
    }
  });

  it('badge colours are distinct and white text on them meets WCAG AA contrast (4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const colors = Object.values(COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('counts down before the deadline, escalating in colour', () => {
    const at = (daysLeft: number) => badgeFor({ kind: 'unchecked' }, { phase: 'before', daysLeft }, CLEAR);
    expect(at(14)).toMatchObject({ text: { key: 'badgeDays', subs: ['14'] }, color: COLORS.calm });
    expect(at(8).color).toBe(COLORS.calm);
    expect(at(7).color).toBe(COLORS.warn);
    expect(at(4).color).toBe(COLORS.warn);
    expect(at(3).color).toBe(COLORS.alert);
    expect(at(1)).toMatchObject({ text: { key: 'badgeDays', subs: ['1'] }, title: { plural: 'badgeTitleDays', count: 1, subs: ['1'] } });
  });

  it('from the deadline day on, an alert until verified off; then done', () => {
    for (const phase of ['day', 'after'] as const) {
      expect(badgeFor({ kind: 'unchecked' }, { phase, daysLeft: 0 }, CLEAR)).toEqual({ text: '!', color: COLORS.alert, title: { key: 'badgeTitleInForce' } });
      expect(badgeFor({ kind: 'off', at: NOW }, { phase, daysLeft: 0 }, CLEAR)).toMatchObject({ text: '✓', color: COLORS.ok });
    }
  });
});

describe('checkButtonKey', () => {
  it('says what one press does: switch off, or only check, one setting or several', () => {
    expect(checkButtonKey('optout', 1)).toBe('buttonCheckSwitchOff');
    expect(checkButtonKey('optout', 3)).toBe('buttonCheckSwitchOff');
    expect(checkButtonKey('audit', 1)).toBe('buttonAudit');
    // X has several switches: "Check the settings", never "the setting".
    expect(checkButtonKey('audit', 2)).toBe('buttonAuditAll');
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
    expect([en.buttonAudit.message, en.buttonAuditAll.message]).toEqual(['Check the setting', 'Check the settings']);
  });
});
