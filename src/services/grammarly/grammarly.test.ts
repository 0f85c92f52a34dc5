// Grammarly as data, and what the engine does with its label-only row: its switch is found by
// its English label alone, wherever it sits among other switches; a near miss, a
// negation, two look-alikes or a label in another language is never taken for it, and then
// nothing is clicked. Also: its page is where its content script runs, nothing taken for its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../engine/switch/load';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { GRAMMARLY_SITE } from './replica.mjs';
import { addSwitch, freshDocument, recordClicks } from '../../../tests/unit/dom';

const grammarly = settingById('grammarly-training')!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
/** Its replica's other switches (invented), which must never be taken for it. */
const DECOYS = GRAMMARLY_SITE.decoys.map((d) => d.en[0]!);
/** How the tests below label the switch (a switch named by its aria-label). */
const HOW = 'aria-label';

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Grammarly as data', () => {
  it('one label-only setting, on the page the facts give', () => {
    expect(settingsOf('grammarly')).toEqual([grammarly]);
    expect(settingUrl(grammarly)).toBe('https://account.grammarly.com/security/privacy');
    expect(hookSelector(grammarly)).toBeNull();
    expect(grammarly.category).toBe('ai');
    expect(grammarly.recommended).toBe(true);
    // English only: no label is guessed for a language nobody has read.
    expect(Object.keys(grammarly.labels)).toEqual(['en']);
  });

  it("its setting's page is where its content script runs, and only its own", () => {
    const service = serviceById(grammarly.service);
    expect(service.pages?.some((p) => matches(p, settingUrl(grammarly)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages?.some((p) => matches(p, settingUrl(grammarly))),
        `${other.id} runs on ${grammarly.id}`,
      ).toBe(false);
    }
  });

  it.each([
    // Where Grammarly sends a signed-out visitor is not known: nothing is taken for sign-in.
    ['https://account.grammarly.com/security/privacy', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('the replica serves the page and label the data knows (its markup is invented, not these)', () => {
    expect(GRAMMARLY_SITE.origin + GRAMMARLY_SITE.path).toBe(settingUrl(grammarly));
    expect(GRAMMARLY_SITE.target.en).toEqual(grammarly.labels.en);
    expect(GRAMMARLY_SITE.name).toBe(serviceById(grammarly.service).name);
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

describe('Grammarly: found by its label alone', () => {
  it.each(grammarly.labels.en!.map((label) => [label]))('"%s" among other switches, before and after them', (label) => {
    for (const first of [true, false]) {
      doc = freshDocument();
      if (!first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      const target = addSwitch(doc, { label, how: HOW });
      if (first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      expect(locateSwitch(doc, grammarly)).toEqual({ kind: 'found', el: target, via: 'label' });
    }
  });

  it('the page without it: its neighbours are never taken for it, and nothing is clicked', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const done = auditLoad(doc, grammarly, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('switched off with one click on it, the only click; a verifying load only reads', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const target = addSwitch(doc, { label: grammarly.labels.en![0]!, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const acted = auditLoad(doc, grammarly, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await acted).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([target]);
    const verified = auditLoad(doc, grammarly, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await verified).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toHaveLength(1);
  });

  it('two switches with its label: no answer (a wrong click could change another setting)', () => {
    addSwitch(doc, { label: grammarly.labels.en![0]!, how: HOW });
    addSwitch(doc, { label: grammarly.labels.en![0]!, how: HOW });
    expect(locateSwitch(doc, grammarly)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});

describe('near misses are refused', () => {
  it.each([
    ['grammarly-training', 'Product Improvement'],
    ['grammarly-training', 'Product Improvement and Training emails and surveys'],
    ['grammarly-training', 'Amélioration du produit et entraînement'],
  ])('%s: "%s" is not it', (id, label) => {
    addSwitch(doc, { label, how: 'aria-switch' });
    expect(locateSwitch(doc, settingById(id)!).kind).toBe('missing');
  });
});
