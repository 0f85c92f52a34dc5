// WordPress.com as data, and what the engine does with its row: one row per site, on the
// reading settings page the facts give, its box found by its id (and label), read as
// protected when ticked, and the replica agreeing with the data on what the facts give.
// Sources: ./facts.md.
import { describe, expect, it } from 'vitest';
import { exposureOf } from '../../engine/switch/exposure';
import { locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { rowsOf, settingById, settingsOf } from '../index';
import { isPageOf, siteIn } from '../../engine/check/site-pages';
import { SHARING_ID, SHARING_LABEL, WORDPRESS_ORIGIN } from './replica.mjs';
import { freshDocument } from '../../../tests/unit/dom';

const template = settingById('wordpress-sharing')!;
const alpha = settingById('wordpress-sharing@alpha.wordpress.com')!;

describe('WordPress.com as data', () => {
  it('one setting, repeated per site: each site a row of its own, on its reading settings', () => {
    expect(settingsOf('wordpress')).toEqual([template]);
    expect(settingUrl(alpha)).toBe(`${WORDPRESS_ORIGIN}/settings/reading/alpha.wordpress.com`);
    expect(alpha).toMatchObject({ id: 'wordpress-sharing@alpha.wordpress.com', site: 'alpha.wordpress.com', service: 'wordpress' });
    expect(rowsOf('wordpress', { wordpress: ['alpha.wordpress.com', 'beta.example.org'] }).map((r) => r.id)).toEqual([
      'wordpress-sharing@alpha.wordpress.com',
      'wordpress-sharing@beta.example.org',
    ]);
    expect(rowsOf('wordpress', {})).toEqual([]);
  });

  it('a site’s page is that site’s row; the list of sites is no row’s page', () => {
    expect(siteIn(template, '/settings/reading/alpha.wordpress.com')).toBe('alpha.wordpress.com');
    expect(isPageOf(template, '/settings/reading/')).toBe(false);
    expect(isPageOf(template, '/sites')).toBe(false);
    expect(isPageOf({ path: template.perSite!.list, twins: [] }, '/sites')).toBe(true);
    expect(settingById('wordpress-sharing@Not A Site')).toBeUndefined();
  });

  it('the replica serves the id and label the data knows (typed from the facts, not copied)', () => {
    expect(template.hook).toBe(SHARING_ID);
    expect(template.labels.en).toContain(SHARING_LABEL);
    expect(template.protective).toBe('on');
  });
});

describe('the engine on its row', () => {
  it('finds the box by its id beside "Discourage search engines", and reads it ticked as protected', () => {
    const doc = freshDocument();
    doc.body.innerHTML = `<form><input type="checkbox" id="blog_public_discourage"><label for="blog_public_discourage">Discourage search engines from indexing this site</label>
      <input type="checkbox" id="${SHARING_ID}" checked><label for="${SHARING_ID}">${SHARING_LABEL}</label><button>Save settings</button></form>`;
    const found = locateSwitch(doc, alpha);
    expect(found).toMatchObject({ kind: 'found', via: 'hook' });
    expect(found.kind === 'found' && exposureOf(found.el, alpha)).toBe('off');
  });
});
