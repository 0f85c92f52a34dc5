// Quora as data, and what the engine does with its label-only row: its switch is found by
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
import { QUORA_SITE } from './replica.mjs';
import { addSwitch, freshDocument, recordClicks } from '../../../tests/unit/dom';

const quora = settingById('quora-training')!;
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
/** Its replica's other switches (invented), which must never be taken for it. */
const DECOYS = QUORA_SITE.decoys.map((d) => d.en[0]!);
/** How the tests below label the switch (a checkbox named by its <label for>). */
const HOW = 'label-for';

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Quora as data', () => {
  it('one label-only setting, on the page the facts give', () => {
    expect(settingsOf('quora')).toEqual([quora]);
    expect(settingUrl(quora)).toBe('https://www.quora.com/settings/privacy');
    expect(hookSelector(quora)).toBeNull();
    expect(quora.category).toBe('ai');
    expect(quora.recommended).toBe(true);
    // English only: no label is guessed for a language nobody has read.
    expect(Object.keys(quora.labels)).toEqual(['en']);
  });

  it("its setting's page is where its content script runs, and only its own", () => {
    const service = serviceById(quora.service);
    expect(service.pages?.some((p) => matches(p, settingUrl(quora)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages?.some((p) => matches(p, settingUrl(quora))),
        `${other.id} runs on ${quora.id}`,
      ).toBe(false);
    }
  });

  it.each([
    // Where Quora sends a signed-out visitor is not known: nothing is taken for sign-in.
    ['https://www.quora.com/settings/privacy', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('the replica serves the page and label the data knows (its markup is invented, not these)', () => {
    expect(QUORA_SITE.origin + QUORA_SITE.path).toBe(settingUrl(quora));
    expect(QUORA_SITE.target.en).toEqual(quora.labels.en);
    expect(QUORA_SITE.name).toBe(serviceById(quora.service).name);
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

describe('Quora: found by its label alone', () => {
  it.each(quora.labels.en!.map((label) => [label]))('"%s" among other switches, before and after them', (label) => {
    for (const first of [true, false]) {
      doc = freshDocument();
      if (!first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      const target = addSwitch(doc, { label, how: HOW });
      if (first) for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
      expect(locateSwitch(doc, quora)).toEqual({ kind: 'found', el: target, via: 'label' });
    }
  });

  it('the page without it: its neighbours are never taken for it, and nothing is clicked', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const done = auditLoad(doc, quora, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('switched off with one click on it, the only click; a verifying load only reads', async () => {
    for (const d of DECOYS) addSwitch(doc, { label: d, how: HOW });
    const target = addSwitch(doc, { label: quora.labels.en![0]!, how: HOW });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const acted = auditLoad(doc, quora, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await acted).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([target]);
    const verified = auditLoad(doc, quora, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await verified).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toHaveLength(1);
  });

  it('two switches with its label: no answer (a wrong click could change another setting)', () => {
    addSwitch(doc, { label: quora.labels.en![0]!, how: HOW });
    addSwitch(doc, { label: quora.labels.en![0]!, how: HOW });
    expect(locateSwitch(doc, quora)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});

describe('near misses are refused', () => {
  it.each([
    ['quora-training', 'Allow search engines to index your content'],
    ['quora-training', 'Do not allow large language models to be trained on your content'],
    ['quora-training', 'Autoriser l’entraînement de grands modèles de langage sur votre contenu'],
  ])('%s: "%s" is not it', (id, label) => {
    addSwitch(doc, { label, how: 'aria-switch' });
    expect(locateSwitch(doc, settingById(id)!).kind).toBe('missing');
  });
});
