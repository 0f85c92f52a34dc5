// The other services as data, and what the engine does with their rows: pages and
// sign-in pages by origin, the Grok training box told apart from its two neighbours by its
// label alone (its describedby id is positional), X's one-box pages by PSST's hook, and
// ChatGPT's switch behind its dialog opener, the only other element ever clicked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../src/engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../src/engine/switch/load';
import { isSettingPath, settingUrl } from '../../src/engine/switch/pages';
import { hostPatterns, isSignInUrl, OPTIONAL_SERVICES, placeOf, SERVICES, serviceById } from '../../src/services';
import { ALL_SETTINGS, settingById, settingsOf } from '../../src/services';
import { SETTINGS } from '../../src/services/linkedin/service';
import x from '../../src/services/x/service';

const X_LEFT_ALONE = x.leftAlone!;
import { freshDocument, recordClicks } from './dom';

const grok = settingById('x-grok')!;
const location = settingById('x-location')!;
const chatgpt = settingById('chatgpt-training')!;
const [TRAINING, TRAINING_2024] = grok.labels.en!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

describe('services as data', () => {
  it('LinkedIn is held at install; the others are optional, each its own host', () => {
    expect(SERVICES.map((s) => s.id)).toEqual(['linkedin', 'x', 'chatgpt', 'claude', 'quora', 'grammarly', 'meta']);
    expect(OPTIONAL_SERVICES.map(hostPatterns)).toEqual([
      ['https://x.com/*'],
      ['https://chatgpt.com/*'],
      ['https://claude.ai/*'],
      ['https://www.quora.com/*'],
      ['https://account.grammarly.com/*'],
      // Meta: its two forms' hosts, asked for together.
      ['https://www.facebook.com/*', 'https://help.instagram.com/*'],
    ]);
  });

  it('every setting has a unique id and belongs to a known service; LinkedIn keeps its thirteen, in order', () => {
    expect(new Set(ALL_SETTINGS.map((s) => s.id)).size).toBe(ALL_SETTINGS.length);
    expect(settingsOf('linkedin')).toEqual(SETTINGS);
    expect(settingsOf('x').map((s) => s.id)).toEqual(['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads']);
    expect(settingsOf('chatgpt').map((s) => s.id)).toEqual(['chatgpt-training']);
  });

  it('pages: URL by service, the hash counting only for a hash route', () => {
    expect(settingUrl(grok)).toBe('https://x.com/settings/grok_settings');
    expect(settingUrl(chatgpt)).toBe('https://chatgpt.com/#settings/DataControls');
    expect(isSettingPath(chatgpt, '/#settings/DataControls')).toBe(true);
    expect(isSettingPath(chatgpt, '/')).toBe(false);
    expect(isSettingPath(chatgpt, '/#settings/Personalization')).toBe(false);
    expect(isSettingPath(grok, '/settings/grok_settings#top')).toBe(true);
    expect(isSettingPath(grok, '/settings/grok_settings/')).toBe(true);
    expect(isSettingPath(grok, '/settings/grok')).toBe(false);
  });

  it('placeOf knows the services by origin only', () => {
    expect(placeOf('https://x.com/settings/location?x=1')).toEqual({ service: serviceById('x'), path: '/settings/location' });
    expect(placeOf('https://chatgpt.com/#settings/DataControls')).toEqual({ service: serviceById('chatgpt'), path: '/#settings/DataControls' });
    expect(placeOf('https://twitter.com/settings/location')).toBeNull();
    expect(placeOf('http://x.com/settings/location')).toBeNull();
    expect(placeOf('not a url')).toBeNull();
  });

  it.each([
    ['https://x.com/i/flow/login?redirect_after_login=%2Fsettings', true],
    ['https://x.com/login', true],
    ['https://x.com/settings/login_verification', false],
    ['https://chatgpt.com/auth/login', true],
    ['https://chatgpt.com/#settings/DataControls', false],
    ['https://evil.example/i/flow/login', false],
    ['https://chatgpt.com/x/auth/login', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('hooks by describedby and testid; the Grok box has no hook to trust', () => {
    expect(hookSelector(location)).toBe('[aria-describedby~="CHECKBOX_1_LABEL"]');
    expect(hookSelector(chatgpt)).toBe('[data-testid="improve-model-toggle"]');
    expect(hookSelector(grok)).toBeNull();
  });
});

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

/** X's markup: a box described by CHECKBOX_n_LABEL, n its position, inside its <label>. */
function xBox(label: string, n: number, on = true): HTMLInputElement {
  const wrap = doc.createElement('label');
  const span = doc.createElement('span');
  span.id = `CHECKBOX_${n}_LABEL`;
  span.textContent = label;
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.checked = on;
  input.setAttribute('aria-describedby', span.id);
  wrap.append(span, input);
  doc.body.append(wrap);
  return input;
}

describe('the Grok page', () => {
  it.each([
    ['training first', [TRAINING!, ...X_LEFT_ALONE]],
    ['training last', [...X_LEFT_ALONE, TRAINING!]],
    ['training between, 2024 wording', [X_LEFT_ALONE[0]!, TRAINING_2024!, X_LEFT_ALONE[1]!]],
  ])('%s: the training box is found by its label, whatever its position', (_name, labels) => {
    const boxes = labels.map((label, i) => xBox(label, i + 1));
    const found = locateSwitch(doc, grok);
    expect(found.kind).toBe('found');
    const index = labels.findIndex((l) => l === TRAINING || l === TRAINING_2024);
    expect(found.kind === 'found' && found.el).toBe(boxes[index]);
  });

  it('only the two boxes we leave alone: nothing is found, nothing clicked', async () => {
    for (const [i, label] of X_LEFT_ALONE.entries()) xBox(label, i + 1);
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const done = auditLoad(doc, grok, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('a page in a language whose label we do not know: not found, never a guess', () => {
    for (const [i, label] of ['Autoriser vos données publiques…', 'Autoriser Grok à se souvenir…', 'Autoriser X à personnaliser…'].entries())
      xBox(label, i + 1);
    expect(locateSwitch(doc, grok).kind).toBe('missing');
  });

  it("a one-box privacy page: PSST's hook finds it whatever its label", () => {
    const box = xBox('Personalize based on places you’ve been', 1);
    expect(locateSwitch(doc, location)).toEqual({ kind: 'found', el: box, via: 'hook' });
  });

  it('a hooked box labelled as a Grok box we leave alone is refused', () => {
    xBox(X_LEFT_ALONE[0]!, 1);
    expect(locateSwitch(doc, location).kind).toBe('missing');
  });
});

describe("ChatGPT's dialog", () => {
  /** The Data controls row: its opener; a click opens the dialog after `delayMs`, with the switch and a memory switch beside it. */
  function dataControls({ delayMs = 400, on = true, openAlready = false } = {}) {
    const opener = doc.createElement('button');
    opener.dataset.testid = 'improve-model-open-modal-button';
    opener.textContent = on ? 'On' : 'Off';
    const other = doc.createElement('button');
    other.textContent = 'Delete all chats';
    doc.body.append(opener, other);
    const open = () => {
      const dialog = doc.createElement('div');
      dialog.setAttribute('role', 'dialog');
      const memory = doc.createElement('button');
      memory.setAttribute('role', 'switch');
      memory.setAttribute('aria-checked', 'true');
      memory.setAttribute('aria-label', 'Reference saved memories');
      const toggle = doc.createElement('button');
      toggle.setAttribute('role', 'switch');
      toggle.dataset.testid = 'improve-model-toggle';
      toggle.setAttribute('aria-checked', String(on));
      toggle.setAttribute('aria-label', 'Improve the model for everyone');
      toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')));
      dialog.append(memory, toggle);
      doc.body.append(dialog);
    };
    opener.addEventListener('click', () => setTimeout(open, delayMs));
    if (openAlready) open();
    return { opener, other };
  }

  it('opens the dialog (late), switches the model training off, and clicks nothing else', async () => {
    vi.useFakeTimers();
    const { opener } = dataControls({ delayMs: 1_200 });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([opener, doc.querySelector('[data-testid="improve-model-toggle"]')]);
    expect(doc.querySelector('[aria-label="Reference saved memories"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('a dialog already open is not opened again; a switch already off is only read', async () => {
    vi.useFakeTimers();
    dataControls({ on: false, openAlready: true });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toEqual([]);
  });

  it('a verifying load opens the dialog to read, and never clicks the switch', async () => {
    vi.useFakeTimers();
    const { opener } = dataControls({ on: true });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'on' });
    expect(clicks).toEqual([opener]);
  });

  it('no opener and no switch: not found after the wait, nothing clicked', async () => {
    vi.useFakeTimers();
    const other = doc.createElement('button');
    other.textContent = 'Export data';
    doc.body.append(other);
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });
});
