// Quora as data, and what the engine does with its label-only row: its switch is found by
// its English label alone, wherever it sits among other switches; a near miss, a
// negation, two look-alikes or a label in another language is never taken for it, and then
// nothing is clicked. Also: its page is where its content script runs, nothing taken for its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { QUORA_SITE } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';

const quora = settingById('quora-training')!;
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

labelOnly('Quora', quora, {
  decoys: DECOYS,
  how: HOW,
  nearMisses: [
    'Allow search engines to index your content',
    'Do not allow large language models to be trained on your content',
    'Autoriser l’entraînement de grands modèles de langage sur votre contenu',
  ],
});
