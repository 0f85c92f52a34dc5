// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../src/core/langs';
import { isSettingPath, isSignInUrl, settingUrl } from '../../src/core/linkedin';
import { GENERATIVE_AI } from '../../src/core/settings';

describe('the generative-AI setting row', () => {
  it('has a label and a title in every UI language', () => {
    for (const lang of UI_LANGS) {
      expect(GENERATIVE_AI.labels[lang].length).toBeGreaterThan(0);
      expect(GENERATIVE_AI.titles[lang].length).toBeGreaterThan(0);
    }
  });
  it('points at the real page', () => {
    expect(settingUrl(GENERATIVE_AI)).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
  });
});

describe('isSettingPath', () => {
  it.each([
    ['/mypreferences/d/settings/data-for-ai-improvement', true],
    ['/mypreferences/d/settings/data-for-ai-improvement/', true],
    ['/mypreferences/m/settings/data-for-ai-improvement', true],
    ['/mypreferences/d/settings/data-for-generative-ai', false],
    ['/mypreferences/d/settings/data-for-generative-ai-improvement', false],
    ['/mypreferences/d/settings/data-for-ai-improvement-extra', false],
    ['/mypreferences/d/categories/privacy', false],
  ])('%s -> %s', (path, expected) => {
    expect(isSettingPath(GENERATIVE_AI, path)).toBe(expected);
  });
});

describe('isSignInUrl', () => {
  it.each([
    ['https://www.linkedin.com/login?session_redirect=x', true],
    ['https://www.linkedin.com/uas/login?session_redirect=x', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', true],
    ['https://www.linkedin.com/authwall?trk=x', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/loginsomething', false],
    ['https://evil.example/login', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });
});
