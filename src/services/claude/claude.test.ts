// Claude as data, and what the engine does with its label-only row: its switch is found by
// its English label alone (either wording), wherever it sits among other switches; a near miss, a
// negation, two look-alikes or a label in another language is never taken for it, and then
// nothing is clicked. Also: its page is where its content script runs, its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../engine/switch/load';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { CLAUDE_SITE } from './replica.mjs';
import { addSwitch, freshDocument, recordClicks } from '../../../tests/unit/dom';

const claude = settingById('claude-training')!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
/** Its replica's other switches (invented), which must never be taken for it. */
const DECOYS = CLAUDE_SITE.decoys.map((d) => d.en[0]!);
/** How the tests below label the switch (a button role="switch" named by a visible label). */
const HOW = 'aria-switch';

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Claude as data', () => {
  it('one label-only setting, on the page the facts give', () => {
    expect(settingsOf('claude')).toEqual([claude]);
    expect(settingUrl(claude)).toBe('https://claude.ai/settings/data-privacy-controls');
    expect(hookSelector(claude)).toBeNull();
    expect(claude.category).toBe('ai');
    expect(claude.recommended).toBe(true);
    // English only: no label is guessed for a language nobody has read.
    expect(Object.keys(claude.labels)).toEqual(['en']);
    expect(claude.labels.en).toEqual(['Help improve Claude', 'Help improve our AI models']);
  });

  it("its setting's page is where its content script runs, and only its own", () => {
    const service = serviceById(claude.service);
    expect(service.pages?.some((p) => matches(p, settingUrl(claude)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages?.some((p) => matches(p, settingUrl(claude))),
        `${other.id} runs on ${claude.id}`,
      ).toBe(false);
    }
    expect(isSettingPath(claude, '/settings/data-privacy-controls/')).toBe(true);
    expect(isSettingPath(claude, '/settings/data-privacy')).toBe(false);
  });

  it.each([
    ['https://claude.ai/login', true],
    ['https://claude.ai/login?returnTo=%2Fsettings', true],
    ['https://claude.ai/settings/data-privacy-controls', false],
    ['https://claude.ai/new', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('the replica serves the page and label the data knows (its markup is invented, not these)', () => {
    expect(CLAUDE_SITE.origin + CLAUDE_SITE.path).toBe(settingUrl(claude));
    expect(CLAUDE_SITE.target.en).toEqual(claude.labels.en);
    expect(CLAUDE_SITE.name).toBe(serviceById(claude.service).name);
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

describe('Claude: found by its label alone', () => {
  it.each(claude.labels.en!.map((label) => [label]))('"%s" among other switches, before and after them', (label) => {
    for (const first of [true, false]) {
      doc = freshDocument();
      if (!first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      const target = addSwitch(doc, { label, how: HOW });
      if (first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      expect(locateSwitch(doc, claude)).toEqual({ kind: 'found', el: target, via: 'label' });
    }
  });

  it('the page without it: its neighbours are never taken for it, and nothing is clicked', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const done = auditLoad(doc, claude, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('switched off with one click on it, the only click; a verifying load only reads', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const target = addSwitch(doc, { label: claude.labels.en![0]!, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const acted = auditLoad(doc, claude, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await acted).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([target]);
    const verified = auditLoad(doc, claude, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await verified).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toHaveLength(1);
  });

  it('two switches with its label: no answer (a wrong click could change another setting)', () => {
    addSwitch(doc, { label: claude.labels.en![0]!, how: HOW });
    addSwitch(doc, { label: claude.labels.en![0]!, how: HOW });
    expect(locateSwitch(doc, claude)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});

describe('near misses are refused', () => {
  it.each([
    ['claude-training', 'Help improve Claude with your feedback ratings'],
    ['claude-training', 'Don’t help improve Claude'],
    ['claude-training', 'Help improve'],
    ['claude-training', 'Aider à améliorer Claude'],
  ])('%s: "%s" is not it', (id, label) => {
    addSwitch(doc, { label, how: 'aria-switch' });
    expect(locateSwitch(doc, settingById(id)!).kind).toBe('missing');
  });
});
