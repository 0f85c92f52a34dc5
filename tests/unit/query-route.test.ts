// @vitest-environment node
// A settings page that is a query route of an app (grok.com's settings overlay at
// `/?_s=data`): that parameter is the page, the app's home without it is not, any other
// parameter changes nothing, and the content script sends no parameter but the page's own.
import { describe, expect, it } from 'vitest';
import { isSettingPath, pageQuery, samePage } from '../../src/engine/switch/pages';
import { placeOf } from '../../src/services';

const ROUTE = { path: '/?_s=data', twins: [] as const };
const PLAIN = { path: '/settings/privacy', twins: [] as const };

describe('isSettingPath with a query route', () => {
  it.each([
    ['/?_s=data', true],
    ['?_s=data', false],
    ['/?_s=data#top', true],
    ['/?x=1&_s=data', true],
    ['/?_s=data&q=hello', true],
    ['/', false],
    ['/?_s=general', false],
    ['/?_s=', false],
    ['/?s=data', false],
    ['/chat?_s=data', false],
    ['/#_s=data', false],
    // Compared as written: an encoded spelling is another address, where nothing is done.
    ['/?_s=d%61ta', false],
    ['/?_s=data%', false],
    ['/?_s=data=1', false],
    ['/?_s&_s=data', true],
  ])('%s -> %s', (path, expected) => {
    expect(isSettingPath(ROUTE, path)).toBe(expected);
  });

  it('a page without a query is matched whatever query the tab carries, as before', () => {
    expect(isSettingPath(PLAIN, '/settings/privacy?utm_source=mail')).toBe(true);
    expect(isSettingPath(PLAIN, '/settings/privacy/?a=1#b')).toBe(true);
    expect(isSettingPath(PLAIN, '/settings/privacy-more?a=1')).toBe(false);
  });
});

describe('pageQuery: only the parameters that route to a settings page are sent', () => {
  it('keeps the named parameter, drops what the user typed', () => {
    expect(pageQuery([ROUTE], '?q=my%20secret%20question&_s=data')).toBe('?_s=data');
    expect(pageQuery([ROUTE], '?q=my%20secret%20question')).toBe('');
    expect(pageQuery([ROUTE], '')).toBe('');
    expect(pageQuery([PLAIN], '?_s=data&utm=1')).toBe('');
  });

  it('what it keeps still matches the page, and the chat home still does not', () => {
    expect(isSettingPath(ROUTE, `/${pageQuery([ROUTE], '?q=x&_s=data')}`)).toBe(true);
    expect(isSettingPath(ROUTE, `/${pageQuery([ROUTE], '?q=x&_s=other')}`)).toBe(false);
  });
});

describe('samePage with a query route', () => {
  const PAGE = 'https://grok.com/?_s=data';
  it.each([
    [PAGE, true],
    ['https://grok.com/?_s=data&lang=fr', true],
    ['https://grok.com/', false],
    ['https://grok.com/?_s=general', false],
    ['https://grok.com/c/123?_s=data', false],
  ])('a tab at %s is the settings page: %s', (at, same) => {
    expect(samePage(at, PAGE)).toBe(same);
  });
});

describe('placeOf keeps the query, for the worker to tell the page', () => {
  it('a known service, its path with query and hash', () => {
    expect(placeOf('https://chatgpt.com/?_s=data#settings/DataControls')?.path).toBe('/?_s=data#settings/DataControls');
  });
});
