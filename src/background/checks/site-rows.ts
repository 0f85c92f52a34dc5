// The rows of a page of a service whose setting is repeated per site (engine/check/sites.ts),
// for the worker only: which site's row a page is, and which template's list of sites it is.
// Kept out of the registry module, which the popup loads too.
import { isPageOf, siteIn } from '../../engine/check/site-pages';
import { siteRow } from '../../engine/check/sites';
import { ALL_SETTINGS, type KnownSetting } from '../../services';

/** The rows whose page this is (a per-site template's page, as that site's row). */
export const settingsAt = (origin: string, path: string): readonly KnownSetting[] =>
  ALL_SETTINGS.filter((s) => s.origin === origin && isPageOf(s, path)).flatMap((s) => {
    if (!s.perSite) return [s];
    const site = siteIn(s, path);
    return site === null ? [] : [siteRow(s, site) as KnownSetting];
  });

/** The per-site template whose list of sites is this page, if any. */
export const siteListAt = (origin: string, path: string): KnownSetting | undefined =>
  ALL_SETTINGS.find((s) => s.origin === origin && s.perSite && isPageOf({ path: s.perSite.list, twins: s.twins }, path));
