// Tumblr as data, and what the engine does with its row: one row per blog, on its settings,
// its switch found by its label with the blog's own name (never another blog's), read as
// protected when on, and the replica agreeing with the data on what the facts give.
// Sources: ./facts.md.
import { describe, expect, it } from 'vitest';
import { exposureOf } from '../../engine/switch/exposure';
import { locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { rowsOf, settingById, settingsOf } from '../index';
import { sharingLabel, TUMBLR_ORIGIN } from './replica.mjs';
import { addSwitch, freshDocument } from '../../../tests/unit/dom';

const template = settingById('tumblr-sharing')!;
const mine = settingById('tumblr-sharing@myblog')!;

describe('Tumblr as data', () => {
  it('one setting, repeated per blog: each blog a row of its own, its label with its name', () => {
    expect(settingsOf('tumblr')).toEqual([template]);
    expect(settingUrl(mine)).toBe(`${TUMBLR_ORIGIN}/settings/blog/myblog`);
    expect(mine.labels.en).toEqual([sharingLabel('myblog')]);
    expect(rowsOf('tumblr', { tumblr: ['myblog', 'other'] }).map((r) => r.id)).toEqual(['tumblr-sharing@myblog', 'tumblr-sharing@other']);
    expect(template.perSite?.list).toBe('/settings/account');
    expect(template.protective).toBe('on');
  });
});

describe('the engine on its row', () => {
  it('finds this blog’s switch, never another blog’s, and reads it on as protected', () => {
    const doc = freshDocument();
    addSwitch(doc, { label: 'Hide myblog from search results', on: false, how: 'aria-switch' });
    const el = addSwitch(doc, { label: sharingLabel('myblog'), on: true, how: 'aria-switch' });
    const found = locateSwitch(doc, mine);
    expect(found).toMatchObject({ kind: 'found', el });
    expect(exposureOf(el, mine)).toBe('off');
    const other = freshDocument();
    addSwitch(other, { label: sharingLabel('someone-else'), on: false, how: 'aria-switch' });
    expect(locateSwitch(other, mine).kind).not.toBe('found');
  });
});
