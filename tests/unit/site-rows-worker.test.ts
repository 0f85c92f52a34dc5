// @vitest-environment node
// The worker's side of a setting repeated per site (background/checks/, engine/check/sites.ts)
// over a fake browser: a check visits the service's list of sites, keeps their addresses and
// adds each new site to the run as a row of its own; a list read outside the run's visit is
// neither asked for nor kept; a site's page opened by hand is that site's row.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));
const { startServiceCheck } = await import('../../src/background/checks/start');
const { beginAudit, beginSiteAudit, recordReport, recordSites } = await import('../../src/background/checks/loads');

const WP = 'https://wordpress.com';
const TAB = 7;
const data = () => browser.data() as Record<string, any>;
const run = () => data().runs?.[0] ?? null;
const A = 'wordpress-sharing@a.wordpress.com';
const B = 'wordpress-sharing@b.example.org';

/** The tab's page for the run's target, begun by the services' content script. */
async function begin(path: string) {
  return beginSiteAudit(TAB, WP, path);
}

describe('a check of a service whose setting is per site', () => {
  it('visits the list first when no site is known, keeps the addresses, and checks each site as a row of its own', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    await startServiceCheck('wordpress');
    expect(browser.created).toEqual([{ url: `${WP}/sites`, active: false }]);
    expect(run()).toMatchObject({ kind: 'service', service: 'wordpress', rows: [], total: 0, target: { visit: `${WP}/sites` } });
    // The list page is told the links' shape, and nothing else to do.
    expect(await begin('/sites')).toMatchObject({ plan: null, sites: '/home/:site' });
    await recordSites(TAB, WP, '/sites', ['a.wordpress.com', 'b.example.org']);
    expect(data().sites).toEqual({ wordpress: ['a.wordpress.com', 'b.example.org'] });
    expect(run()).toMatchObject({ total: 2, visits: [], target: { row: A } });
    expect(run().rows.map((r: { id: string }) => r.id)).toEqual([A, B]);
    expect(data().checks.wordpress.ids).toEqual([A, B]);
    // Each site's page is its own row, with its own page.
    const reply = await begin('/settings/reading/a.wordpress.com');
    expect(reply).toMatchObject({ settingId: A, row: { id: A, path: '/settings/reading/a.wordpress.com', site: 'a.wordpress.com', protective: 'on' } });
    expect(reply.sites).toBeUndefined();
    // Each load's click came with its plan, unused (already off): given back.
    expect(reply.click).toBe(1);
    await recordReport(TAB, WP, '/settings/reading/a.wordpress.com', A, { kind: 'read', state: 'off' }, [], null, true, true);
    expect((await begin('/settings/reading/b.example.org')).click).toBe(1);
    await recordReport(TAB, WP, '/settings/reading/b.example.org', B, { kind: 'read', state: 'off' }, [], null, true, true);
    expect(run()).toBeNull();
    expect(data().settings[A]).toMatchObject({ audit: { outcome: 'already-off' } });
    expect(data().checks.wordpress).toMatchObject({ end: 'done' });
  });

  it('with sites known, checks them first and reads the list last; only a new site is added', async () => {
    browser = fakeBrowser({ schemaVersion: 7, sites: { wordpress: ['a.wordpress.com'] } });
    await startServiceCheck('wordpress');
    expect(run()).toMatchObject({ total: 1, visits: [`${WP}/sites`], target: { row: A } });
    await begin('/settings/reading/a.wordpress.com');
    await recordReport(TAB, WP, '/settings/reading/a.wordpress.com', A, { kind: 'read', state: 'off' }, [], null, true);
    expect(run()).toMatchObject({ target: { visit: `${WP}/sites` } });
    await begin('/sites');
    await recordSites(TAB, WP, '/sites', ['a.wordpress.com', 'b.example.org']);
    expect(run().rows.map((r: { id: string }) => r.id)).toEqual([B]);
    expect(run()).toMatchObject({ total: 2, target: { row: B } });
  });

  it('a list read outside the run’s visit is neither asked for nor kept', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    expect((await begin('/sites')).sites).toBeUndefined();
    await recordSites(TAB, WP, '/sites', ['a.wordpress.com']);
    expect(data().sites).toBeUndefined();
    // And from another page than the list: nothing.
    await recordSites(TAB, WP, '/settings/reading/a.wordpress.com', ['evil.example']);
    expect(data().sites).toBeUndefined();
  });

  it('a site’s page opened by hand is checked as that site’s row', async () => {
    browser = fakeBrowser({ schemaVersion: 7 });
    const reply = await beginAudit(TAB, WP, '/settings/reading/a.wordpress.com');
    expect(reply.settingId).toBe(A);
    expect(run().rows.map((r: { id: string }) => r.id)).toEqual([A]);
    expect(await beginAudit(8, WP, '/settings/reading/')).toEqual({ plan: null, settingId: null, scan: true });
  });
});
