// X as data, and what the engine does with its rows: its five settings, its pages and its
// sign-in pages, the Grok training box told apart from its two neighbours by its label
// alone (its describedby id is positional), and the one-box privacy pages found by PSST's
// hook. Sources and confidence: ./facts.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../engine/switch/load';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, settingById, settingsOf } from '../index';
import x from './service';
import { freshDocument, recordClicks } from '../../../tests/unit/dom';

const X_LEFT_ALONE = x.leftAlone!;
const grok = settingById('x-grok')!;
const location = settingById('x-location')!;
const [TRAINING, TRAINING_2024] = grok.labels.en!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

describe('X as data', () => {
  it('its five settings, in the order a check visits them', () => {
    expect(settingsOf('x').map((s) => s.id)).toEqual(['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads']);
  });

  it('pages: its URL; a hash or a trailing slash is the same page, a shorter path is not', () => {
    expect(settingUrl(grok)).toBe('https://x.com/settings/grok_settings');
    expect(isSettingPath(grok, '/settings/grok_settings#top')).toBe(true);
    expect(isSettingPath(grok, '/settings/grok_settings/')).toBe(true);
    expect(isSettingPath(grok, '/settings/grok')).toBe(false);
  });

  it.each([
    ['https://x.com/i/flow/login?redirect_after_login=%2Fsettings', true],
    ['https://x.com/login', true],
    ['https://x.com/settings/login_verification', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('hooks by describedby; the Grok box has no hook to trust', () => {
    expect(hookSelector(location)).toBe('[aria-describedby~="CHECKBOX_1_LABEL"]');
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
