// @vitest-environment node
// Which open tab is the page the worker would open (issue 37, finding 12): the exact path,
// never one that only begins the same way, where the user may be typing.
import { describe, expect, it } from 'vitest';
import { samePage } from '../../src/engine/switch/pages';

const FORM = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const CHATGPT = 'https://chatgpt.com/#settings/DataControls';

describe('samePage', () => {
  it.each([
    [FORM, true],
    [`${FORM}/`, true],
    [`${FORM}?lang=fr`, true],
    [`${FORM}#top`, true],
    [`${FORM}-draft`, false],
    [`${FORM}2`, false],
    [`${FORM}/frame`, false],
    ['https://www.linkedin.com/help/linkedin/ask/TS-DPR', false],
    ['http://www.linkedin.com/help/linkedin/ask/TS-DPRO', false],
    ['https://linkedin.com/help/linkedin/ask/TS-DPRO', false],
    ['not a url', false],
  ])('a tab at %s is the form: %s', (at, same) => {
    expect(samePage(at, FORM)).toBe(same);
  });

  it('a page that is a hash route is that route only', () => {
    expect(samePage(CHATGPT, CHATGPT)).toBe(true);
    expect(samePage(`${CHATGPT}/`, CHATGPT)).toBe(true);
    expect(samePage('https://chatgpt.com/', CHATGPT)).toBe(false);
    expect(samePage('https://chatgpt.com/c/123', CHATGPT)).toBe(false);
    expect(samePage('https://chatgpt.com/#settings/DataControlsMore', CHATGPT)).toBe(false);
  });
});
