// "Nothing to switch off here (since <date>)": a setting the service retired for everyone
// (Microsoft's new Copilot app), told only on the statement its row declares, and only while
// every switch on the page is accounted for; distinct from "not offered here" (this
// account's plan or region) and from "not found".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSiteReply } from '../../src/engine/check/replies';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { retiredHere } from '../../src/engine/switch/retired';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument, loadToEnd } from './dom';

const LABEL = 'Model training on text';
const STATEMENT = 'Your prompts, responses and files are not used to train our foundation models.';
const spec = (extra: Partial<SettingSpec> = {}): SettingSpec => ({
  id: 'demo-text',
  path: '/settings/privacy',
  hook: null,
  hookBy: 'id',
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: [LABEL] },
  ...extra,
});
const row = (extra: Partial<SettingSpec> = {}) =>
  defineService({
    id: 'demo',
    name: 'Demo',
    origin: 'https://demo.example',
    host: 'optional',
    pages: ['https://demo.example/*'],
    signIn: [],
    settings: [spec(extra), { ...spec(), id: 'demo-voice', labels: { en: ['Model training on voice'] } }],
    leftAlone: ['Personalization and memory'],
  }).settings[0]!;
const RETIRED = row({ retired: { since: '2026-08-18', statements: { en: [STATEMENT], fr: ['Vos invites ne servent pas à entraîner nos modèles.'] } } });
const NOT_RETIRED = row();

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const sw = (label: string) => `<button role="switch" aria-checked="true" aria-label="${label}"></button>`;

describe('retiredHere: only on the statement the row declares', () => {
  it('the statement shown (case and punctuation aside), beside a switch left alone: retired', () => {
    doc.body.innerHTML = `<main><h2>Privacy</h2><p>${STATEMENT.toUpperCase().replace('.', '!')}</p>${sw('Personalization and memory')}</main>`;
    expect(retiredHere(doc, RETIRED)).toBe(true);
  });

  it('in another language the row declares', () => {
    doc.body.innerHTML = '<p>Vos invites ne servent pas à entraîner nos modèles.</p>';
    expect(retiredHere(doc, RETIRED)).toBe(true);
  });

  it('no statement, a hidden one, or one in a script: not retired', () => {
    doc.body.innerHTML = '<h2>Privacy</h2>';
    expect(retiredHere(doc, RETIRED)).toBe(false);
    doc.body.innerHTML = `<p hidden>${STATEMENT}</p><script>var t = "${STATEMENT}"</script>`;
    expect(retiredHere(doc, RETIRED)).toBe(false);
  });

  it('a switch we cannot account for may be the setting, moved: not retired, even with the statement', () => {
    doc.body.innerHTML = `<p>${STATEMENT}</p>${sw('Use my conversations to improve Copilot')}`;
    expect(retiredHere(doc, RETIRED)).toBe(false);
  });

  it('a row that declares nothing: never, whatever the page says', () => {
    doc.body.innerHTML = `<p>${STATEMENT}</p>`;
    expect(retiredHere(doc, NOT_RETIRED)).toBe(false);
  });
});

describe('one load: after the whole wait, "not-offered" with the detail "retired", nothing clicked', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('the new app: nothing to switch off', async () => {
    doc.body.innerHTML = `<p>${STATEMENT}</p>`;
    expect(await loadToEnd(doc, RETIRED, EVERY_STEP)).toEqual({ report: { kind: 'failed', outcome: 'not-offered', detail: 'retired' }, clicks: [] });
  });

  it('without the row’s statement: not found, as before', async () => {
    doc.body.innerHTML = `<p>${STATEMENT}</p>`;
    expect(await loadToEnd(doc, NOT_RETIRED, EVERY_STEP)).toEqual({ report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' }, clicks: [] });
  });

  it('the old app: its switch is found and switched off, whatever the page says besides', async () => {
    doc.body.innerHTML = `<p>${STATEMENT}</p>`;
    setTimeout(() => doc.body.insertAdjacentHTML('beforeend', sw(LABEL)), 2_000);
    const { report, clicks } = await loadToEnd(doc, RETIRED, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'settled' });
    expect(clicks).toHaveLength(1);
  });
});

describe('the row as the worker sends it to a content script', () => {
  const reply = (r: unknown) => ({ plan: { phase: 'verify' }, settingId: 'demo-text', scan: false, row: r, signedOut: null, watch: [] });

  it('carries its statement and date', () => {
    expect(parseSiteReply(reply(RETIRED)).row).toEqual(RETIRED);
  });

  it.each([
    ['no date', { statements: { en: [STATEMENT] } }],
    ['statements not per language', { since: '2026-08-18', statements: [STATEMENT] }],
  ])('a malformed statement (%s) makes it no row', (_why, retired) => {
    expect(parseSiteReply(reply({ ...RETIRED, retired })).row).toBeNull();
  });
});
