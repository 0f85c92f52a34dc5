// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { parseBeginReply, parseClickReply } from '../../src/engine/check/replies';

// protocol/messages.ts reaches the registry and the store's schemas; a module on the way imports the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { Message } = await import('../../src/protocol/messages');

describe('Message', () => {
  it('accepts each message kind', () => {
    for (const m of [
      { type: 'audit/start' },
      { type: 'audit/start', mode: 'optout' },
      { type: 'audit/begin', path: '/mypreferences/d/settings/data-for-ai-improvement' },
      { type: 'audit/click', settingId: 'generative-ai' },
      { type: 'audit/progress', step: 'confirming' },
      { type: 'audit/report', path: '/mypreferences/d/x', settingId: 'research', report: { kind: 'read', state: 'off' }, found: [], seen: null, fresh: true },
      // Without `seen` (Chromium drops a null passed through executeScript's args): no page seen.
      { type: 'audit/report', path: '/mypreferences/d/x', settingId: 'research', report: { kind: 'read', state: 'off' }, found: [], fresh: true },
      {
        type: 'audit/report',
        path: '/mypreferences/d/x',
        settingId: 'generative-ai',
        report: { kind: 'settled', state: 'gone', toast: true },
        found: [],
        seen: null,
        fresh: false,
      },
      {
        type: 'audit/report',
        path: '/mypreferences/d/x',
        settingId: 'generative-ai',
        report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' },
        found: [{ kind: 'switch', label: 'Use my data for AI features', state: 'on', path: '/mypreferences/d/settings/x' }],
        seen: {
          lang: 'en',
          switches: [{ kind: 'input', ties: ['aria-labelledby'], hook: '', length: 5, like: '' }],
        },
        fresh: true,
      },
      {
        type: 'audit/report',
        path: '/settings/privacy',
        settingId: 'claude-training',
        report: { kind: 'failed', outcome: 'not-offered', detail: 'notice' },
        found: [],
        seen: null,
        fresh: true,
      },
      {
        type: 'page/scan',
        path: '/mypreferences/d/categories/privacy',
        found: [{ kind: 'entry', label: 'Something new', state: null, path: '/mypreferences/d/settings/new' }],
      },
      { type: 'sweep/start' },
      { type: 'service/start', service: 'x' },
      { type: 'service/start', service: 'chatgpt', mode: 'audit' },
      { type: 'sweep/start', ids: ['generative-ai', 'research'], mode: 'audit' },
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
    // A service we do not know, and a report that does not say whether its page was a fresh load.
    [{ type: 'service/start', service: 'facebook' }],
    [{ type: 'audit/report', path: '/x', settingId: 'x-grok', report: { kind: 'read', state: 'off' }, found: [], seen: null }],
    // The maintainers' page by structure only: a page's words have no field to travel in.
    [
      {
        type: 'audit/report',
        path: '/x',
        settingId: 'generative-ai',
        report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' },
        found: [],
        seen: { lang: 'en', switches: [{ hook: 'allowX', label: 'Camille Martin' }] },
        fresh: true,
      },
    ],
    // Found things point at LinkedIn's preferences pages only, and are few and short.
    [{ type: 'page/scan', path: '/mypreferences/d/categories/privacy', found: [{ kind: 'entry', label: 'x', state: null, path: 'https://evil.example/' }] }],
    [
      {
        type: 'page/scan',
        path: '/mypreferences/d/categories/privacy',
        found: Array.from({ length: 6 }, () => ({ kind: 'entry', label: 'x', state: null, path: '/mypreferences/d/x' })),
      },
    ],
    [
      {
        type: 'page/scan',
        path: '/mypreferences/d/categories/privacy',
        found: [{ kind: 'switch', label: 'x'.repeat(121), state: 'on', path: '/mypreferences/d/x' }],
      },
    ],
    [{ type: 'audit/click' }],
    [{ type: 'state/patch', patch: { prefs: { mode: 'sometimes' } } }],
    [{ type: 'state/patch', patch: { profile: { firstName: 'x'.repeat(101) } } }],
  ])('rejects %j', (m) => {
    expect(Message.safeParse(m).success).toBe(false);
  });
});

describe('a change to stored values (state/patch) carries only what it changes', () => {
  it.each([
    [{ prefs: { mode: 'audit' } }],
    [{ prefs: { muted: true } }],
    [{ prefs: { chosen: ['research'] } }],
    [{ profile: { email: 'camille@example.org' } }],
    [{ profile: { explanation: '' } }],
    [{ profile: { country: 'FR' } }],
  ])('%j: no other field comes back set to its default (it would reset what the user chose)', (patch) => {
    const parsed = Message.parse({ type: 'state/patch', patch });
    expect(parsed).toStrictEqual({ type: 'state/patch', patch }); // strict: a key present as undefined would overwrite too
  });
});

describe('replies to the content script, checked by hand', () => {
  it('a plan from the worker, or read-only for anything unexpected', () => {
    const ai = 'generative-ai';
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout' }, settingId: 'research', scan: true }, ai)).toEqual({
      plan: { phase: 'act', mode: 'optout' },
      settingId: 'research',
      scan: true,
    });
    expect(parseBeginReply({ plan: { phase: 'verify' }, settingId: ai }, ai)).toEqual({ plan: { phase: 'verify' }, settingId: ai, scan: false });
    expect(parseBeginReply({ plan: null, scan: true }, ai)).toEqual({ plan: null, settingId: null, scan: true });
    // No worker, or an unexpected answer: read this page's own setting, change nothing, look for nothing.
    for (const odd of [undefined, null, 'optout', { plan: 'optout' }, { mode: 'optout' }, { plan: { phase: 'act', mode: 'optout' } }]) {
      expect(parseBeginReply(odd, ai), JSON.stringify(odd)).toEqual({ plan: { phase: 'act', mode: 'audit' }, settingId: ai, scan: false });
    }
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'yes' }, settingId: ai }, ai)).toEqual({
      plan: { phase: 'act', mode: 'audit' },
      settingId: ai,
      scan: false,
    });
    // A page with no setting of its own has nothing to read.
    expect(parseBeginReply(undefined, null)).toEqual({ plan: null, settingId: null, scan: false });
  });

  it('a click number from 1 to 3, or no click', () => {
    expect(parseClickReply({ click: 1 })).toBe(1);
    expect(parseClickReply({ click: 3 })).toBe(3);
    for (const odd of [undefined, null, { click: 0 }, { click: 4 }, { click: 1.5 }, { click: '1' }, { click: null }]) expect(parseClickReply(odd)).toBeNull();
  });
});
