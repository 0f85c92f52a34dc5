// ChatGPT as data, and what the engine does with its row: its page (a hash route) and its
// sign-in pages, its switch hooked by its test id behind its dialog's opener, the only other
// element ever clicked. Sources and confidence: ./facts.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../engine/switch/load';
import { EVERY_STEP } from '../../engine/switch/steps';
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
  function dataControls({ delayMs = 400, on = true, openAlready = false, named = false } = {}) {
    const opener = doc.createElement('button');
    opener.dataset.testid = 'improve-model-open-modal-button';
    opener.textContent = on ? 'On' : 'Off';
    // The whole row as the opener: its name is the setting's label and the state it shows.
    if (named) opener.innerHTML = `<div>Improve the model for everyone</div><div>${on ? 'On' : 'Off'}</div>`;
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
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([opener, doc.querySelector('[data-testid="improve-model-toggle"]')]);
    expect(doc.querySelector('[aria-label="Reference saved memories"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('a dialog already open is not opened again; a switch already off is only read', async () => {
    vi.useFakeTimers();
    dataControls({ on: false, openAlready: true });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toEqual([]);
  });

  it('a verifying load opens the dialog to read, and never clicks the switch', async () => {
    vi.useFakeTimers();
    const { opener } = dataControls({ on: true });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, chatgpt, { phase: 'verify' }, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
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
    const done = auditLoad(doc, chatgpt, ACT, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  describe('an opener named by the label and the state it shows ("Improve the model for everyone On")', () => {
    /** Runs one load with this plan on Data controls; returns its report and every click. */
    async function load(plan: LoadPlan, on: boolean) {
      vi.useFakeTimers();
      const { opener } = dataControls({ on, named: true });
      const clicks = recordClicks(doc);
      const done = auditLoad(doc, chatgpt, plan, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
      await vi.runAllTimersAsync();
      return { report: await done, clicks, opener };
    }

    it('a verifying load reads it there: nothing opened, nothing clicked', async () => {
      for (const on of [true, false]) {
        doc = freshDocument();
        const { report, clicks } = await load({ phase: 'verify' }, on);
        expect(report).toEqual({ kind: 'read', state: on ? 'on' : 'off' });
        expect(clicks).toEqual([]);
      }
    });

    it('a check only reads it there too', async () => {
      const { report, clicks } = await load({ phase: 'act', mode: 'audit' }, true);
      expect(report).toEqual({ kind: 'read', state: 'on' });
      expect(clicks).toEqual([]);
    });

    it('found off by a load that may switch off: read, nothing opened', async () => {
      const { report, clicks } = await load(ACT, false);
      expect(report).toEqual({ kind: 'read', state: 'off' });
      expect(clicks).toEqual([]);
    });

    it('found on by a load that may switch off: the dialog is opened and the switch clicked, as before', async () => {
      const { report, clicks, opener } = await load(ACT, true);
      expect(report).toMatchObject({ kind: 'settled', state: 'off' });
      expect(clicks).toEqual([opener, doc.querySelector('[data-testid="improve-model-toggle"]')]);
    });

    it('a plan that comes late is waited for before the opener is clicked or left alone', async () => {
      vi.useFakeTimers();
      const { opener } = dataControls({ on: true, named: true });
      const clicks = recordClicks(doc);
      let answer: (plan: LoadPlan) => void = () => {};
      const plan = new Promise<LoadPlan>((resolve) => (answer = resolve));
      const done = auditLoad(doc, chatgpt, plan, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1 });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(clicks).toEqual([]);
      answer(ACT);
      await vi.runAllTimersAsync();
      expect(await done).toMatchObject({ kind: 'settled', state: 'off' });
      expect(clicks[0]).toBe(opener);
    });
  });
});
