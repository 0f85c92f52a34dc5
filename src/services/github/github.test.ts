// @vitest-environment node
// GitHub as data: its page and where its content script runs, its sign-in page, its value
// row (Enabled / Disabled), the evidence that an organisation's seat does not offer it, and
// the replica (./replica.mjs) agreeing with the data on what the facts give. The value step
// itself: tests/unit/choose.test.ts. Sources and confidence: ./facts.md.
import { describe, expect, it } from 'vitest';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, serviceById, settingById, settingsOf } from '../index';
import { GITHUB_ORIGIN, GITHUB_PATH, GITHUB_ROWS } from './replica.mjs';

const row = settingById('github-copilot-training')!;

describe('GitHub as data', () => {
  it('one row, on the page the facts give, its value chosen from a list', () => {
    expect(settingsOf('github').map((s) => s.id)).toEqual(['github-copilot-training']);
    expect(settingUrl(row)).toBe(GITHUB_ORIGIN + GITHUB_PATH);
    expect(row.control).toEqual({ kind: 'value', on: { en: ['Enabled'] }, off: { en: ['Disabled'] } });
    // GitHub's interface is in English only: no label guessed for another language.
    expect(Object.keys(row.labels)).toEqual(['en']);
  });

  it('the replica names the row the data finds, and its sibling, which is left alone (typed from the facts, not copied)', () => {
    expect(row.labels.en).toEqual([GITHUB_ROWS.training]);
    expect(row.notOffered?.siblings?.en).toEqual([GITHUB_ROWS.improvements]);
    expect(serviceById('github').leftAlone).toEqual([GITHUB_ROWS.improvements]);
    expect(row.others).toContain(GITHUB_ROWS.improvements);
  });

  it.each([
    ['https://github.com/login?return_to=%2Fsettings%2Fcopilot%2Ffeatures', true],
    ['https://github.com/session', true],
    ['https://github.com/settings/copilot/features', false],
    ['https://github.com/loginx', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });
});
