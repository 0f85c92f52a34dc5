// Rows per site (engine/check/sites.ts) and the list of the user's sites read from a page
// (engine/switch/site-list.ts): only the sites' addresses, only from the service's own links.
import { describe, expect, it } from 'vitest';
import { isPageOf, shapePattern, siteIn } from '../../src/engine/check/site-pages';
import { isSite, siteRow, SITES_MAX, splitSiteId } from '../../src/engine/check/sites';
import type { SettingRow } from '../../src/engine/model';
import { sitesOn } from '../../src/engine/switch/site-list';

const TEMPLATE: SettingRow = {
  id: 'box',
  service: 'test',
  origin: 'https://example.test',
  path: '/settings/reading/:site',
  hook: null,
  hookBy: 'id',
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: ['Prevent sharing'] },
  others: [],
  twins: [],
  perSite: { list: '/sites', link: '/home/:site' },
};

describe('a row per site', () => {
  it('each site its own id and page; the template’s list is not carried', () => {
    const row = siteRow(TEMPLATE, 'alpha.example.com');
    expect(row).toMatchObject({ id: 'box@alpha.example.com', path: '/settings/reading/alpha.example.com', site: 'alpha.example.com' });
    expect('perSite' in row).toBe(false);
    expect(siteRow({ ...TEMPLATE, labels: { en: ['Prevent sharing for :site'] } }, 'myblog').labels).toEqual({ en: ['Prevent sharing for myblog'] });
    expect(splitSiteId('box@alpha.example.com')).toEqual({ template: 'box', site: 'alpha.example.com' });
    expect(splitSiteId('box')).toBeNull();
    expect(splitSiteId('@alpha.example.com')).toBeNull();
    expect(splitSiteId('box@../admin')).toBeNull();
  });

  it('a site is a host name: no path, no query, no capitals, no more than 63 characters', () => {
    for (const ok of ['alpha.wordpress.com', 'example.org', 'a1-b2.c']) expect(isSite(ok), ok).toBe(true);
    for (const bad of ['', 'Alpha.com', 'a/b', 'a?b', '-a.com', 'a..b', 'a'.repeat(64), 'é.com']) expect(isSite(bad), bad).toBe(false);
  });

  it('the template’s page matches any one site’s page, and says which site', () => {
    expect(isPageOf(TEMPLATE, '/settings/reading/alpha.example.com')).toBe(true);
    expect(isPageOf(TEMPLATE, '/settings/reading/alpha.example.com/')).toBe(true);
    expect(isPageOf(TEMPLATE, '/settings/reading/')).toBe(false);
    expect(isPageOf(TEMPLATE, '/settings/reading/a/b')).toBe(false);
    expect(siteIn(TEMPLATE, '/settings/reading/alpha.example.com#x')).toBe('alpha.example.com');
    expect(siteIn(TEMPLATE, '/settings/reading/NOT%20A%20SITE')).toBeNull();
    expect(shapePattern('/home/:site').test('/home/a.b')).toBe(true);
  });
});

describe('the list of the user’s sites', () => {
  const page = (html: string) => {
    const doc = document.implementation.createHTMLDocument('Sites');
    const base = doc.createElement('base');
    base.href = 'https://example.test/sites';
    doc.head.append(base);
    doc.body.innerHTML = html;
    return doc;
  };

  it('reads the sites its own links name, each once, in order; never a link elsewhere or of another shape', () => {
    const doc = page(`
      <a href="/home/alpha.example.com">Alpha</a> <a href="https://alpha.example.com">alpha.example.com</a>
      <a href="/home/beta.example.org/">Beta</a> <a href="/home/alpha.example.com">Alpha again</a>
      <a href="https://gamma.example.net/wp-admin/">Gamma (wp-admin)</a>
      <a href="https://evil.test/home/evil.test">elsewhere</a> <a href="/stats/delta.example.com">stats</a>
      <a href="/home/Bad%20Site">bad</a>`);
    expect(sitesOn(doc, '/home/:site')).toEqual(['alpha.example.com', 'beta.example.org']);
  });

  it('keeps at most SITES_MAX', () => {
    const doc = page(Array.from({ length: SITES_MAX + 5 }, (_, i) => `<a href="/home/s${i}.example.com">s${i}</a>`).join(''));
    expect(sitesOn(doc, '/home/:site')).toHaveLength(SITES_MAX);
  });
});
