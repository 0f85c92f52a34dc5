// @vitest-environment node
// The dashboard's tiles and the popup's "N of M services protected" read one function
// (src/ui/tile-state.ts): every state a tile can show, from plain stored state.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { protectedCount, tileOf } = await import('../../src/ui/tile-state');
const { ENTRIES, slugOf } = await import('../../src/options/dashboard/entries');
const { parseState } = await import('../../src/store/store');
const { MANUAL_SERVICES, OPTIONAL_SERVICES, SERVICES } = await import('../../src/services');
const { NO_CONTROL } = await import('../../src/services/no-control');
const { RUN_STALE_MS } = await import('../../src/engine/check/status');

const NOW = Date.UTC(2026, 11, 7, 12);
const entry = (id: string) => ENTRIES.find((e) => e.id === id)!;
const off = (at: number) => ({ audit: { outcome: 'turned-off', at, source: 'page', clicks: 1 }, known: { state: 'off', at }, page: null });
const on = (at: number) => ({ audit: { outcome: 'left-on', at, source: 'page', clicks: 0 }, known: { state: 'on', at }, page: null });
const failed = (outcome: string, detail?: string) => ({ audit: { outcome, at: NOW - 1000, source: 'page', clicks: 0, detail }, known: null, page: null });
const X_ROWS = ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'];
const X_RECOMMENDED = OPTIONAL_SERVICES.find((s) => s.id === 'x')!
  .settings.filter((s) => s.recommended)
  .map((s) => s.id);
const run = (service: string, touchedAt = NOW - 1000) => ({
  kind: service === 'linkedin' ? 'one' : 'service',
  service,
  tabId: 1,
  startedAt: touchedAt,
  touchedAt,
  step: 'searching',
  source: 'page',
  rows: [],
  visits: [],
  total: 1,
  target: null,
  sent: false,
  resends: 0,
});
const state = (raw: Record<string, unknown> = {}) => parseState({ schemaVersion: 6, ...raw });

describe('the services the dashboard lists', () => {
  it('are every service the product knows, once each: LinkedIn, the optional ones, the manual ones, those with nothing to switch off', () => {
    expect(ENTRIES.map((e) => e.name)).toEqual([...SERVICES, ...MANUAL_SERVICES, ...NO_CONTROL].map((s) => s.name));
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
    expect(ENTRIES.map((e) => e.kind).filter((k) => k === 'forms')).toEqual(['forms']); // Meta
  });

  it('give a service with nothing to switch off an id made of its name', () => {
    expect(slugOf('Stack Overflow')).toBe('stack-overflow');
    expect(slugOf('Microsoft 365 Copilot')).toBe('microsoft-365-copilot');
    expect(slugOf(' Meta AI ')).toBe('meta-ai');
  });
});

describe('tileOf', () => {
  it('LinkedIn not checked yet, then verified off, then seen on', () => {
    expect(tileOf(entry('linkedin'), state(), {}, NOW)).toEqual({ kind: 'unchecked' });
    expect(tileOf(entry('linkedin'), state({ settings: { 'generative-ai': off(NOW - 5000) } }), {}, NOW)).toEqual({
      kind: 'protected',
      at: NOW - 5000,
      by: 'verified',
    });
    expect(tileOf(entry('linkedin'), state({ settings: { 'generative-ai': on(NOW) } }), {}, NOW)).toEqual({ kind: 'needs-you', why: 'on' });
  });

  it("LinkedIn with the privacy check's choice: protected only when every chosen setting is off", () => {
    const prefs = { mode: 'optout', chosen: ['generative-ai', 'ads-location'] };
    const some = state({ prefs, settings: { 'generative-ai': off(NOW - 5000) } });
    expect(tileOf(entry('linkedin'), some, {}, NOW)).toEqual({ kind: 'unchecked' });
    const all = state({ prefs, settings: { 'generative-ai': off(NOW - 5000), 'ads-location': off(NOW - 9000) } });
    expect(tileOf(entry('linkedin'), all, {}, NOW)).toEqual({ kind: 'protected', at: NOW - 9000, by: 'verified' });
  });

  it('a check under way: checking, for its own service only, until it is silent too long', () => {
    expect(tileOf(entry('linkedin'), state({ run: run('linkedin') }), {}, NOW)).toEqual({ kind: 'checking' });
    expect(tileOf(entry('x'), state({ run: run('linkedin') }), { x: true }, NOW)).toEqual({ kind: 'unchecked' });
    expect(tileOf(entry('x'), state({ run: run('x') }), { x: true }, NOW)).toEqual({ kind: 'checking' });
    expect(tileOf(entry('x'), state({ run: run('x', NOW - RUN_STALE_MS) }), { x: true }, NOW)).toEqual({ kind: 'unchecked' });
  });

  it('a service not added (or its grant not known yet): not added, whatever is stored', () => {
    const stored = state({ settings: Object.fromEntries(X_ROWS.map((id) => [id, off(NOW)])) });
    expect(tileOf(entry('x'), stored, { x: false }, NOW)).toEqual({ kind: 'not-added' });
    expect(tileOf(entry('x'), stored, {}, NOW)).toEqual({ kind: 'not-added' });
    expect(tileOf(entry('meta'), state(), { meta: false }, NOW)).toEqual({ kind: 'not-added' });
  });

  it('a service added: protected when its recommended rows are verified off (the oldest verification), needs you when one is on', () => {
    const all = state({ settings: Object.fromEntries(X_RECOMMENDED.map((id, i) => [id, off(NOW - i * 1000)])) });
    expect(tileOf(entry('x'), all, { x: true }, NOW)).toEqual({ kind: 'protected', at: NOW - (X_RECOMMENDED.length - 1) * 1000, by: 'verified' });
    const oneOn = state({ settings: { ...Object.fromEntries(X_RECOMMENDED.map((id) => [id, off(NOW)])), [X_RECOMMENDED[0]!]: on(NOW) } });
    expect(tileOf(entry('x'), oneOn, { x: true }, NOW)).toEqual({ kind: 'needs-you', why: 'on' });
    expect(tileOf(entry('x'), state(), { x: true }, NOW)).toEqual({ kind: 'unchecked' });
  });

  it('a failed check: needs you, with its outcome and detail', () => {
    const stored = state({ settings: { [X_RECOMMENDED[0]!]: failed('not-found', 'timeout') } });
    expect(tileOf(entry('x'), stored, { x: true }, NOW)).toEqual({ kind: 'needs-you', why: 'problem', outcome: 'not-found', detail: 'timeout' });
    const linkedIn = state({ settings: { 'generative-ai': failed('save-rejected') } });
    expect(tileOf(entry('linkedin'), linkedIn, {}, NOW)).toEqual({ kind: 'needs-you', why: 'problem', outcome: 'save-rejected' });
  });

  it('signed out at the last check: needs you, to sign in', () => {
    const checks = { x: { ids: X_ROWS, startedAt: NOW - 2000, endedAt: NOW, end: 'signed-out' } };
    expect(tileOf(entry('x'), state({ checks }), { x: true }, NOW)).toEqual({ kind: 'needs-you', why: 'signed-out' });
    const sweep = { ids: ['generative-ai'], startedAt: NOW - 2000, endedAt: NOW, end: 'checkpoint' };
    expect(tileOf(entry('linkedin'), state({ sweep }), {}, NOW)).toEqual({ kind: 'needs-you', why: 'signed-out' });
  });

  it('a retired setting (Microsoft Copilot): nothing to switch off since its day; a setting not offered here: not offered', () => {
    const retired = { audit: { outcome: 'not-offered', at: NOW - 3000, source: 'page', clicks: 0, detail: 'retired' }, known: null, page: null };
    const copilot = state({ settings: { 'copilot-text': retired, 'copilot-voice': retired } });
    const since = OPTIONAL_SERVICES.find((s) => s.id === 'copilot')!.settings[0]!.retired!.since;
    expect(tileOf(entry('copilot'), copilot, { copilot: true }, NOW)).toEqual({ kind: 'retired', since });
    const absent = { audit: { outcome: 'not-offered', at: NOW - 3000, source: 'page', clicks: 0 }, known: null, page: null };
    const x = state({ settings: Object.fromEntries(X_RECOMMENDED.map((id) => [id, absent])) });
    expect(tileOf(entry('x'), x, { x: true }, NOW)).toEqual({ kind: 'absent', at: NOW - 3000 });
    // One row off and the others not offered: protected.
    const mixed = state({ settings: { ...Object.fromEntries(X_RECOMMENDED.map((id) => [id, absent])), [X_RECOMMENDED[0]!]: off(NOW - 10) } });
    expect(tileOf(entry('x'), mixed, { x: true }, NOW)).toEqual({ kind: 'protected', at: NOW - 10, by: 'verified' });
  });

  it('a service with forms (Meta): needs you until every form is sent, then protected since the first sending', () => {
    const forms = OPTIONAL_SERVICES.find((s) => s.id === 'meta')!.forms;
    const objection = (submittedAt: number | null) => ({ run: null, report: null, reportedAt: null, formFound: null, submittedAt, caseNumber: null });
    expect(tileOf(entry('meta'), state(), { meta: true }, NOW)).toEqual({ kind: 'needs-you', why: 'form' });
    const one = state({ objections: { [forms[0]!.id]: objection(NOW - 50) } });
    expect(tileOf(entry('meta'), one, { meta: true }, NOW)).toEqual({ kind: 'needs-you', why: 'form' });
    const both = state({ objections: Object.fromEntries(forms.map((f, i) => [f.id, objection(NOW - 50 - i)])) });
    expect(tileOf(entry('meta'), both, { meta: true }, NOW)).toEqual({ kind: 'protected', at: NOW - 50 - (forms.length - 1), by: 'sent' });
  });

  it('a manual service: by hand; a service with no switch: nothing to switch off; whatever is granted or stored', () => {
    expect(tileOf(entry('mistral'), state(), {}, NOW)).toEqual({ kind: 'by-hand' });
    expect(tileOf(entry('reddit'), state(), {}, NOW)).toEqual({ kind: 'nothing' });
  });
});

describe('protectedCount', () => {
  it('counts LinkedIn always, and each service added; protected: those verified or sent', () => {
    expect(protectedCount(state(), {}, NOW)).toEqual({ protected: 0, added: 1 });
    const linkedInOff = { 'generative-ai': off(NOW) };
    expect(protectedCount(state({ settings: linkedInOff }), { x: false }, NOW)).toEqual({ protected: 1, added: 1 });
    const xOff = Object.fromEntries(X_RECOMMENDED.map((id) => [id, off(NOW)]));
    expect(protectedCount(state({ settings: { ...linkedInOff, ...xOff } }), { x: true, chatgpt: true }, NOW)).toEqual({ protected: 2, added: 3 });
  });

  it('leaves out a service added with nothing to switch off here (retired, or not offered to this account): neither an alarm nor a false "done"', () => {
    const linkedInOff = { 'generative-ai': off(NOW) };
    const retired = { audit: { outcome: 'not-offered', at: NOW - 3000, source: 'page', clicks: 0, detail: 'retired' }, known: null, page: null };
    const absent = { audit: { outcome: 'not-offered', at: NOW - 3000, source: 'page', clicks: 0 }, known: null, page: null };
    const settings = { ...linkedInOff, 'copilot-text': retired, 'copilot-voice': retired, ...Object.fromEntries(X_RECOMMENDED.map((id) => [id, absent])) };
    expect(protectedCount(state({ settings }), { copilot: true, x: true }, NOW)).toEqual({ protected: 1, added: 1 });
    // Not checked yet, it counts: what it holds is not known.
    expect(protectedCount(state({ settings: linkedInOff }), { copilot: true }, NOW)).toEqual({ protected: 1, added: 2 });
  });
});
