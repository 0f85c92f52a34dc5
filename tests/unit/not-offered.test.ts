// "Not offered here": an outcome of its own, given only on the evidence a row declares (a
// notice its facts name, or the switches that share its page shown without it), never when
// the page shows a switch we cannot account for (that one may be the setting, redesigned).
// It never counts as a failure: not a problem, not an open row, no alarm on the badge.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decide } from '../../src/engine/check/run';
import { parseSiteReply } from '../../src/engine/check/replies';
import { rowState, tally } from '../../src/engine/check/rows';
import { badgeFor, COLORS, viewOf } from '../../src/engine/check/status';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { notOfferedHere } from '../../src/engine/switch/absent';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument, loadToEnd } from './dom';

const LABEL = 'Help improve our models';
const NOTICE = 'Your workspace admin manages training for this account.';
const SIBLINGS = ['Location metadata', 'Generate memory from chat history'];
const spec = (notOffered?: SettingSpec['notOffered']): SettingSpec => ({
  id: 'demo-training',
  path: '/settings/privacy',
  hook: null,
  hookBy: 'id',
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: [LABEL] },
  ...(notOffered ? { notOffered } : {}),
});
const service = (notOffered?: SettingSpec['notOffered']) =>
  defineService({
    id: 'demo',
    name: 'Demo',
    origin: 'https://demo.example',
    host: 'optional',
    pages: ['https://demo.example/*'],
    signIn: [],
    settings: [spec(notOffered)],
    leftAlone: ['Dark mode'],
  }).settings[0]!;
const WITH_EVIDENCE = service({
  notices: { en: [NOTICE], fr: ['Votre administrateur gère l’entraînement pour ce compte.'] },
  siblings: { en: SIBLINGS, fr: [] },
});
const WITHOUT = service();

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

/** A switch named `label`. */
const sw = (label: string, extra = '') => `<button role="switch" aria-checked="true" aria-label="${label}"${extra}></button>`;

describe('notOfferedHere: only on the evidence the row declares', () => {
  it('a notice the facts name, shown on the page: "notice" (case, accents and punctuation aside)', () => {
    doc.body.innerHTML = `<main><h1>Privacy</h1><p>${NOTICE.toUpperCase().replace('.', '!')}</p>${sw('Dark mode')}</main>`;
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBe('notice');
  });

  it('the notice in another language the row declares', () => {
    doc.body.innerHTML = '<p>Votre administrateur gère l’entraînement pour ce compte.</p>';
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBe('notice');
  });

  it('a notice hidden or kept in a script is no evidence', () => {
    doc.body.innerHTML = `<p hidden>${NOTICE}</p><script>var t = "${NOTICE}"</script>`;
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBeNull();
  });

  it('every switch that shares its page shown, without it: "siblings"', () => {
    doc.body.innerHTML = SIBLINGS.map((s) => sw(s)).join('');
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBe('siblings');
  });

  it('some siblings missing: the page may not have rendered yet, no evidence', () => {
    doc.body.innerHTML = sw(SIBLINGS[0]!);
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBeNull();
  });

  it('a language whose list of siblings is empty gives no evidence by itself', () => {
    doc.body.innerHTML = '<p>Confidentialité</p>';
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBeNull();
  });

  it('a switch we cannot account for may be the setting, redesigned: no evidence, even with the notice', () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>${SIBLINGS.map((s) => sw(s)).join('')}${sw('Contribute your chats to model quality')}`;
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBeNull();
  });

  it('switches left alone and the other settings are accounted for', () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>${sw('Dark mode')}`;
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBe('notice');
  });

  it('a disabled switch (the setting locked) does not stand in the way of the notice', () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>${sw(LABEL, ' aria-disabled="true"')}`;
    expect(notOfferedHere(doc, WITH_EVIDENCE)).toBe('notice');
  });

  it('a row that declares nothing: never, whatever the page shows', () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>${SIBLINGS.map((s) => sw(s)).join('')}`;
    expect(notOfferedHere(doc, WITHOUT)).toBeNull();
  });

  it('a page without a body has no notice', () => {
    const bare = document.implementation.createDocument(null, 'html', null) as unknown as Document;
    expect(notOfferedHere(bare, service({ notices: { en: [NOTICE] } }))).toBeNull();
  });
});

describe('one load: "not offered" only after the whole wait, and nothing clicked', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  const load = (setting = WITH_EVIDENCE) => loadToEnd(doc, setting, EVERY_STEP);

  it('with the notice: not offered, and why', async () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>`;
    expect(await load()).toEqual({ report: { kind: 'failed', outcome: 'not-offered', detail: 'notice' }, clicks: [] });
  });

  it('without evidence: not found, as before', async () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>`;
    expect(await load(WITHOUT)).toEqual({ report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' }, clicks: [] });
  });

  it('the switch shown after all is found and switched off, whatever the page says besides', async () => {
    doc.body.innerHTML = `<p>${NOTICE}</p>`;
    setTimeout(() => doc.body.insertAdjacentHTML('beforeend', sw(LABEL)), 3_000);
    const { report, clicks } = await load();
    expect(report).toMatchObject({ kind: 'settled' });
    expect(clicks).toHaveLength(1);
  });
});

describe('never a failure', () => {
  const NOW = Date.UTC(2026, 0, 5);
  const record = { audit: { outcome: 'not-offered' as const, at: NOW }, known: null };

  it('the run finishes with it, the switch’s state unknown', () => {
    const run = { phase: 'act' as const, clicks: 0, mode: 'optout' as const, toast: false };
    expect(decide(run, { kind: 'failed', outcome: 'not-offered', detail: 'siblings' })).toEqual({
      kind: 'finish',
      outcome: 'not-offered',
      detail: 'siblings',
      known: null,
    });
  });

  it('its row is "absent": neither a problem, nor on, nor open', () => {
    expect(rowState(record)).toBe('absent');
    expect(rowState(record, NOW + 1)).toBe('unchecked');
    expect(tally({ a: record, b: { audit: { outcome: 'turned-off', at: NOW }, known: { state: 'off', at: NOW } } }, ['a', 'b'])).toEqual({
      off: 1,
      on: 0,
      unchecked: 0,
      problem: 0,
      absent: 1,
    });
  });

  it('the AI switch not offered: its own view, never a problem', () => {
    expect(viewOf({ ...record, run: null }, NOW)).toEqual({ kind: 'absent', at: NOW });
  });

  it('the badge: no alarm, no countdown, only its title; the other chosen settings still show', () => {
    const view = { kind: 'absent', at: NOW } as const;
    for (const phase of ['before', 'day', 'after'] as const)
      expect(badgeFor(view, { phase, daysLeft: 3 }, { on: 0, open: 0 })).toEqual({ text: '', color: COLORS.calm, title: { key: 'badgeTitleNotOffered' } });
    expect(badgeFor(view, { phase: 'after', daysLeft: -3 }, { on: 2, open: 0 })).toMatchObject({ text: { key: 'badgeOn' }, color: COLORS.alert });
    expect(badgeFor(view, { phase: 'after', daysLeft: -3 }, { on: 0, open: 1 })).toMatchObject({ text: '!', color: COLORS.warn });
  });
});

describe('the row as the worker sends it to a content script', () => {
  const reply = (row: unknown) => ({ plan: { phase: 'verify' }, settingId: 'demo-training', scan: false, row, signedOut: null, watch: [] });

  it('carries its evidence', () => {
    expect(parseSiteReply(reply(WITH_EVIDENCE)).row).toEqual(WITH_EVIDENCE);
  });

  it.each([
    ['not an object', 'notice'],
    ['notices not per language', { notices: [NOTICE] }],
    ['siblings not lists of texts', { siblings: { en: [1] } }],
  ])('a row whose evidence is malformed (%s) is no row', (_why, notOffered) => {
    expect(parseSiteReply(reply({ ...WITH_EVIDENCE, notOffered })).row).toBeNull();
  });
});
