// ChatGPT as data, and what the engine does with its row: its page (a hash route) and its
// sign-in pages, its switch hooked by its test id behind its dialog's opener, the only other
// element ever clicked. Sources and confidence: ./facts.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../engine/switch/load';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, settingById, settingsOf } from '../index';
import { freshDocument, recordClicks } from '../../../tests/unit/dom';

const chatgpt = settingById('chatgpt-training')!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

describe('ChatGPT as data', () => {
  it('its one setting', () => {
    expect(settingsOf('chatgpt').map((s) => s.id)).toEqual(['chatgpt-training']);
  });

  it('pages: its URL, the hash counting only for a hash route', () => {
    expect(settingUrl(chatgpt)).toBe('https://chatgpt.com/#settings/DataControls');
    expect(isSettingPath(chatgpt, '/#settings/DataControls')).toBe(true);
    expect(isSettingPath(chatgpt, '/')).toBe(false);
    expect(isSettingPath(chatgpt, '/#settings/Personalization')).toBe(false);
  });

  it.each([
    ['https://chatgpt.com/auth/login', true],
    ['https://chatgpt.com/#settings/DataControls', false],
    ['https://chatgpt.com/x/auth/login', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('hooked by its testid', () => {
    expect(hookSelector(chatgpt)).toBe('[data-testid="improve-model-toggle"]');
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
