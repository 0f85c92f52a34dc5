// Perplexity as data, and what the engine does with its label-only row: its switch is found
// by either English wording wherever it sits among other switches; a near miss, a negation,
// two look-alikes or a label in another language is never taken for it, and then nothing is
// clicked; without evidence the facts name, a page without it is never "not offered"; its
// page is where its content script runs; and the replica (./replica.mjs) agrees with the data
// on what the facts give. Sources and confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { notOfferedHere } from '../../engine/switch/absent';
import { hookSelector } from '../../engine/switch/locate';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { PERPLEXITY_SITE } from './replica.mjs';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';
import { labelOnly } from '../../../tests/unit/label-only';

const row = settingById('perplexity-training')!;
const DECOYS = PERPLEXITY_SITE.decoys.map((d) => d.en[0]!);
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Perplexity as data', () => {
  it('one label-only setting, on the page the facts make likely (unverified)', () => {
    expect(settingsOf('perplexity')).toEqual([row]);
    expect(settingUrl(row)).toBe('https://www.perplexity.ai/settings/preferences');
    expect(hookSelector(row)).toBeNull();
    expect(row.category).toBe('ai');
    expect(row.recommended).toBe(true);
    // Both wordings, English only: no label is guessed for a language nobody has read.
    expect(row.labels).toEqual({ en: ['AI data retention', 'AI Data Usage'] });
    expect(isSettingPath(row, '/settings/preferences/')).toBe(true);
    expect(isSettingPath(row, '/settings/account')).toBe(false);
  });

  it('its page is where its content script runs, and only its own', () => {
    const service = serviceById(row.service);
    expect(service.pages.some((p) => matches(p, settingUrl(row)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages.some((p) => matches(p, settingUrl(row))),
        `${other.id} runs on ${row.id}`,
      ).toBe(false);
    }
  });

  it.each([
    ['https://www.perplexity.ai/login', true],
    ['https://www.perplexity.ai/settings/preferences', false],
  ])('sign-in page %s -> %s (low: inferred)', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('Enterprise is excluded, but no notice or layout is known for it: never "not offered", only "not found"', () => {
    expect(row.notOffered).toBeUndefined();
    const doc = freshDocument();
    for (const d of DECOYS) addSwitch(doc, { label: d });
    expect(notOfferedHere(doc, row)).toBeNull();
  });

  it('the replica serves the page and labels the data knows (its markup is invented, not these)', () => {
    expect(PERPLEXITY_SITE.origin + PERPLEXITY_SITE.path).toBe(settingUrl(row));
    expect(PERPLEXITY_SITE.target.en).toEqual(row.labels.en);
    expect(PERPLEXITY_SITE.name).toBe(serviceById(row.service).name);
  });
});

labelOnly('Perplexity', row, {
  decoys: DECOYS,
  how: 'labelledby',
  nearMisses: ['Do not use AI data retention', 'AI data retention period', 'Conservation des données pour l’IA', 'Data retention'],
});
