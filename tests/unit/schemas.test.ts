// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// storage.ts imports the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { parseState, SCHEMA_VERSION } = await import('../../src/storage');
const { Message } = await import('../../src/messages');

describe('parseState', () => {
  it('gives defaults for an empty storage', () => {
    expect(parseState({})).toEqual({
      schemaVersion: SCHEMA_VERSION,
      prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30 },
      audit: null,
      known: null,
      run: null,
      reminders: null,
      objection: { run: null, report: null, reportedAt: null, formFound: null, submittedAt: null, caseNumber: null },
      profile: { name: '', email: '' },
      walkthrough: { cleanupDone: false },
      notice: null,
    });
  });

  it('reads preferences stored before reminders existed, keeping the mode', () => {
    expect(parseState({ prefs: { mode: 'audit' } }).prefs).toEqual({ mode: 'audit', muted: false, snoozeUntil: null, recheckDays: 30 });
  });

  it('keeps what is readable and replaces only what is corrupted', () => {
    const audit = { outcome: 'turned-off', at: 1, source: 'popup', clicks: 1 };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const state = parseState({ audit, prefs: { mode: 'sometimes' }, known: 'garbage', run: { tabId: 'x' } });
    expect(state.audit).toEqual(audit);
    expect(state.prefs).toMatchObject({ mode: 'optout' });
    expect(state.known).toBeNull();
    expect(state.run).toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
  });
});

describe('Message', () => {
  it('accepts each message kind', () => {
    for (const m of [
      { type: 'audit/start' },
      { type: 'audit/start', mode: 'optout' },
      { type: 'audit/begin' },
      { type: 'audit/progress', step: 'confirming' },
      { type: 'audit/report', outcome: 'turned-off', clicks: 1 },
    ]) {
      expect(Message.safeParse(m).success).toBe(true);
    }
  });

  it.each([
    [null],
    ['audit/start'],
    [{ type: 'audit/unknown' }],
    [{ type: 'audit/report', outcome: 'done', clicks: 1 }],
    [{ type: 'audit/report', outcome: 'turned-off', clicks: 7 }],
    [{ type: 'audit/progress', step: 'hacking' }],
  ])('rejects %j', (m) => {
    expect(Message.safeParse(m).success).toBe(false);
  });
});

describe('migrate', async () => {
  const { migrate, inspectState } = await import('../../src/storage');

  it('takes version-1 data (no reminder settings) to the current version, keeping the mode', () => {
    const v1 = { schemaVersion: 1, prefs: { mode: 'audit' }, known: { state: 'off', at: 5 } };
    expect(migrate(v1)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      prefs: { mode: 'audit', muted: false, snoozeUntil: null, recheckDays: 30 },
      known: { state: 'off', at: 5 },
    });
  });

  it('treats data without a version as version 1, and empty storage as current', () => {
    expect(migrate({ prefs: { mode: 'optout' } }).schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrate({})).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('lists what was unreadable and keeps the record', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: 7, caseNumber: 'C-12345' };
    const { state, unreadable } = inspectState({ schemaVersion: SCHEMA_VERSION, prefs: 42, objection, known: { state: 'off', at: 1 }, profile: ['x'] });
    expect(unreadable).toEqual(['prefs', 'profile']);
    expect(state.objection).toEqual(objection);
    expect(state.known).toEqual({ state: 'off', at: 1 });
    warn.mockRestore();
  });
});
