// @vitest-environment node
// A settings page the service moves once opened (YouTube Studio's `/` becomes the user's
// `/channel/<id>`): the moved page is the setting's page for the content script, the worker's
// loads and its "is the tab still there" test, each `*` one segment and no more; the row
// carries its patterns to a site's content script, which takes only texts.
import { describe, expect, it } from 'vitest';
import { parseSiteReply } from '../../src/engine/check/replies';
import type { SettingRow } from '../../src/engine/model';
import { isSettingPath } from '../../src/engine/switch/pages';
import { settingById } from '../../src/services';

const MOVED = { path: '/', twins: [], movesTo: ['/channel/*'] } as const;

describe('isSettingPath with the pages a service moves to', () => {
  it.each([
    ['/', true],
    ['/channel/UC123', true],
    ['/channel/UC123/', true],
    ['/channel/', false],
    ['/channel//', false],
    ['/channel/UC123/videos', false],
    ['/channel/UC123/videos/upload', false],
    ['/channels/UC123', false],
    ['/watch', false],
  ])('%s -> %s', (path, expected) => {
    expect(isSettingPath(MOVED, path)).toBe(expected);
  });

  it('without the patterns, only the page itself', () => {
    expect(isSettingPath({ path: '/', twins: [] }, '/channel/UC123')).toBe(false);
  });

  it('a pattern holds a segment in the middle too, and a hash route still needs its hash', () => {
    const mid = { path: '/settings', twins: [], movesTo: ['/u/*/settings'] };
    expect(isSettingPath(mid, '/u/2/settings')).toBe(true);
    expect(isSettingPath(mid, '/u/2/other')).toBe(false);
    expect(isSettingPath({ path: '/#settings', twins: [], movesTo: ['/c/*'] }, '/c/1')).toBe(false);
  });
});

describe('a row with the pages it moves to, as the worker sends it to a site', () => {
  const row = settingById('claude-training')!;
  const plan = { phase: 'act', mode: 'optout' };
  const moved: SettingRow = { ...row, movesTo: ['/channel/*'] };

  it('is taken with its patterns', () => {
    expect(parseSiteReply({ plan, settingId: row.id, row: structuredClone(moved) }).row).toEqual(moved);
  });

  it('patterns that are not texts make it no row: nothing to do', () => {
    expect(parseSiteReply({ plan, settingId: row.id, row: { ...row, movesTo: '/channel/*' } }).row).toBeNull();
    expect(parseSiteReply({ plan, settingId: row.id, row: { ...row, movesTo: [7] } }).row).toBeNull();
  });
});
