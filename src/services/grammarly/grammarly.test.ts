// Grammarly as data, and what the engine does with its label-only row: its switch is found by
// its English label alone, wherever it sits among other switches; a near miss, a
// negation, two look-alikes or a label in another language is never taken for it, and then
// nothing is clicked. Also: its page is where its content script runs, nothing taken for its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { GRAMMARLY_SITE } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';

const grammarly = settingById('grammarly-training')!;
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

labelOnly('Grammarly', grammarly, {
  decoys: DECOYS,
  how: HOW,
  nearMisses: ['Product Improvement', 'Product Improvement and Training emails and surveys', 'Amélioration du produit et entraînement'],
});
