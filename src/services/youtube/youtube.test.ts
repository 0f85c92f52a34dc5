// YouTube Studio as data, and what the engine does with its row: the box is found by its label
// alone (Google's help gives it) wherever it sits among the dialog's other boxes; the dialog is
// opened by the row's openers in order (Settings, Channel, Advanced settings), each clicked
// only while the box is not shown, and nothing else is clicked; an unticked box (the default)
// is read as off with no click on it; a dialog whose openers are named in another language
// clicks nothing at all. Also: Studio's move from `/` to the user's `/channel/<id>` is its
// page, and the replica (./replica.mjs) agreeing with the data on what the facts give. Sources
// and confidence: ./facts.md.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { EVERY_STEP } from '../../engine/switch/steps';
import { isSignInUrl, serviceById, settingById, settingsOf } from '../index';
import { CHANNEL_PATH, STUDIO } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';
import { freshDocument, loadToEnd } from '../../../tests/unit/dom';

const row = settingById('youtube-third-party-training')!;
const LABEL = row.labels.en![0]!;
const DECOYS = ['Disable interest-based ads', 'All third-party companies'];

/** Studio's dialog as the row's openers expect it (named by aria-label: unverified), built as each opener is clicked. */
function studio(doc: Document, { lang = 'en', on = false } = {}) {
  const t =
    lang === 'en'
      ? { settings: 'Settings', channel: 'Channel', advanced: 'Advanced settings' }
      : { settings: 'Paramètres', channel: 'Chaîne', advanced: 'Paramètres avancés' };
  const el = (html: string) => {
    const div = doc.createElement('div');
    div.innerHTML = html;
    doc.body.append(div);
    return div.firstElementChild as HTMLElement;
  };
  const nav = el(`<a href="#" aria-label="${t.settings}">${t.settings}</a>`);
  nav.addEventListener('click', () => {
    const channel = el(`<button role="tab" aria-label="${t.channel}">${t.channel}</button>`);
    channel.addEventListener('click', () => {
      const advanced = el(`<button role="tab" aria-label="${t.advanced}">${t.advanced}</button>`);
      advanced.addEventListener('click', () => {
        // The dialog's boxes, and its Save (Studio keeps a change only after it).
        const dialog = el('<div role="dialog"></div>');
        const add = (html: string) => dialog.appendChild(el(html));
        add(`<div role="checkbox" aria-checked="false" aria-label="${DECOYS[0]}"></div>`);
        const box = add(`<div role="checkbox" aria-checked="${on}" aria-label="${lang === 'en' ? LABEL : 'Autoriser des entreprises tierces'}"></div>`);
        box.addEventListener('click', () => box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')));
        if (on) add(`<div role="checkbox" aria-checked="true" aria-label="${DECOYS[1]}"></div>`);
        add(`<button aria-label="${lang === 'en' ? 'Save' : 'Enregistrer'}">${lang === 'en' ? 'Save' : 'Enregistrer'}</button>`);
      });
    });
  });
}

describe('YouTube Studio as data', () => {
  it('one label-only setting, opened from Studio’s home in three steps', () => {
    expect(settingsOf('youtube')).toEqual([row]);
    expect(settingUrl(row)).toBe('https://studio.youtube.com/');
    expect(hookSelector(row)).toBeNull();
    expect(row.open).toHaveLength(3);
    expect(Object.keys(row.labels)).toEqual(['en']);
  });

  it('Studio’s move to the user’s channel is the same page; its other pages are not', () => {
    expect(isSettingPath(row, CHANNEL_PATH)).toBe(true);
    expect(isSettingPath(row, `${CHANNEL_PATH}/videos/upload`)).toBe(false);
    expect(isSettingPath(row, '/channel/')).toBe(false);
  });

  it('no page of its own origin is taken for sign-in: Google signs in on another site, whose host is not asked for', () => {
    expect(serviceById(row.service).signIn).toEqual([]);
    expect(isSignInUrl(`${STUDIO}/`)).toBe(false);
  });

  it('the replica serves the origin the data knows', () => {
    expect(`${STUDIO}/`).toBe(settingUrl(row));
  });
});

describe('YouTube Studio: the dialog opened by its openers', () => {
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('unticked (the default): read as off after the three openers, the box never clicked', async () => {
    const doc = freshDocument();
    studio(doc);
    vi.useFakeTimers();
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'read', state: 'off' });
    expect(clicks.map((c) => c.getAttribute('aria-label'))).toEqual(['Settings', 'Channel', 'Advanced settings']);
  });

  it('ticked (opted in): unticked with one click on it, then the dialog’s Save; never the companies’ box', async () => {
    const doc = freshDocument();
    studio(doc, { on: true });
    vi.useFakeTimers();
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks.map((c) => c.getAttribute('aria-label'))).toEqual(['Settings', 'Channel', 'Advanced settings', LABEL, 'Save']);
  });

  it('in another language: no opener is found, nothing at all is clicked', async () => {
    const doc = freshDocument();
    studio(doc, { lang: 'fr', on: true });
    vi.useFakeTimers();
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });
});

// The locating rules, shared with every label-only row, on a row without its Save step (the
// dialog's Save is this file's test above: the shared pages have no Save).
const { save: _save, ...rowWithoutSave } = row;
labelOnly('YouTube Studio', rowWithoutSave, {
  decoys: DECOYS,
  how: 'aria-label',
  nearMisses: [
    'Do not allow third-party companies to train AI models using my content',
    'All third-party companies',
    'Autoriser des entreprises tierces à entraîner des modèles d’IA avec mon contenu',
  ],
});
