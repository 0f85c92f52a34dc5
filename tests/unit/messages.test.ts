// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { parseBeginReply, parseClickReply } from '../../src/core/replies';

// messages.ts reaches storage.ts, which imports the polyfill; it refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { Message } = await import('../../src/messages');

describe('Message', () => {
  it('accepts each message kind', () => {
    for (const m of [
      { type: 'audit/start' },
      { type: 'audit/start', mode: 'optout' },
      { type: 'audit/begin' },
      { type: 'audit/click' },
      { type: 'audit/progress', step: 'confirming' },
      { type: 'audit/report', report: { kind: 'read', state: 'off' } },
      { type: 'audit/report', report: { kind: 'settled', state: 'gone', toast: true } },
      { type: 'audit/report', report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' } },
      { type: 'state/patch', patch: { prefs: { muted: true } } },
      { type: 'state/patch', patch: { notice: null } },
    ]) {
      expect(Message.safeParse(m).success, JSON.stringify(m)).toBe(true);
    }
  });

  it.each([
    [null],
    ['audit/start'],
    [{ type: 'audit/unknown' }],
    [{ type: 'audit/report', report: { kind: 'read', state: 'maybe' } }],
    [{ type: 'audit/report', report: { kind: 'failed', outcome: 'turned-off', detail: 'x' } }],
    [{ type: 'audit/progress', step: 'hacking' }],
    [{ type: 'state/patch', patch: { prefs: { mode: 'sometimes' } } }],
    [{ type: 'state/patch', patch: { profile: { firstName: 'x'.repeat(101) } } }],
  ])('rejects %j', (m) => {
    expect(Message.safeParse(m).success).toBe(false);
  });
});

describe('replies to the content script, checked by hand', () => {
  it('a plan from the worker, or read-only for anything unexpected', () => {
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout' } })).toEqual({ phase: 'act', mode: 'optout' });
    expect(parseBeginReply({ plan: { phase: 'verify' } })).toEqual({ phase: 'verify' });
    expect(parseBeginReply({ plan: null })).toBeNull();
    for (const odd of [undefined, null, 'optout', { plan: 'optout' }, { plan: { phase: 'act', mode: 'yes' } }, { mode: 'optout' }]) {
      expect(parseBeginReply(odd), JSON.stringify(odd)).toEqual({ phase: 'act', mode: 'audit' });
    }
  });

  it('a click number from 1 to 3, or no click', () => {
    expect(parseClickReply({ click: 1 })).toBe(1);
    expect(parseClickReply({ click: 3 })).toBe(3);
    for (const odd of [undefined, null, { click: 0 }, { click: 4 }, { click: 1.5 }, { click: '1' }, { click: null }]) expect(parseClickReply(odd)).toBeNull();
  });
});
