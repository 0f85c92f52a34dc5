// @vitest-environment node
// Where LinkedIn's pages are: the setting's own page (desktop or mobile twin) and the
// pages a signed-out visitor is sent to. Anything else is neither.
import { describe, expect, it } from 'vitest';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl } from '../index';
import { GENERATIVE_AI, LINKEDIN_ORIGIN } from './switches';

describe('settingUrl', () => {
  it('is LinkedIn’s origin followed by the setting’s path', () => {
    expect(LINKEDIN_ORIGIN).toBe('https://www.linkedin.com');
    expect(settingUrl({ ...GENERATIVE_AI, path: '/mypreferences/d/x' })).toBe('https://www.linkedin.com/mypreferences/d/x');
  });
});

describe('isSettingPath', () => {
  it('the path must be the whole pathname, not part of a longer one', () => {
    expect(isSettingPath(GENERATIVE_AI, `/fr${GENERATIVE_AI.path}`)).toBe(false);
    expect(isSettingPath(GENERATIVE_AI, `${GENERATIVE_AI.path}//`)).toBe(false);
  });

  it('only the mobile twin (/m/) stands for the desktop path, no other letter', () => {
    expect(isSettingPath(GENERATIVE_AI, GENERATIVE_AI.path.replace('/d/', '/m/'))).toBe(true);
    expect(isSettingPath(GENERATIVE_AI, GENERATIVE_AI.path.replace('/d/', '/x/'))).toBe(false);
  });
});

describe('isSignInUrl', () => {
  it.each([
    ['https://www.linkedin.com/signup', true],
    ['https://www.linkedin.com/signup/cold-join?x=1', true],
    ['https://www.linkedin.com/login', true],
    ['https://www.linkedin.com/checkpoint/challenge/x', true],
    ['https://www.linkedin.com/feed/login', false],
    ['https://www.linkedin.com/checkpoint', false],
    ['https://www.linkedin.com/signups', false],
    ['https://www.linkedin.com/authwalls', false],
    ['https://www.linkedin.com/uas/loginx', false],
    ['https://www.linkedin.com/x/uas/login', false],
    ['https://www.linkedin.com/x/authwall', false],
    ['https://www.linkedin.com/x/checkpoint/y', false],
    ['https://www.linkedin.com/x/signup', false],
    ['http://www.linkedin.com/login', false],
    ['https://linkedin.com/login', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });
});
