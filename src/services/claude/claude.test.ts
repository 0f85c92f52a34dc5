// Claude as data, and what the engine does with its label-only row: its switch is found by
// its English label alone (either wording), wherever it sits among other switches; a near miss, a
// negation, two look-alikes or a label in another language is never taken for it, and then
// nothing is clicked. Also: its page is where its content script runs, its sign-in page, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { hookSelector } from '../../engine/switch/locate';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { CLAUDE_SITE } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';

const claude = settingById('claude-training')!;
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

labelOnly('Claude', claude, {
  decoys: DECOYS,
  how: HOW,
  nearMisses: ['Help improve Claude with your feedback ratings', 'Don’t help improve Claude', 'Help improve', 'Aider à améliorer Claude'],
});
