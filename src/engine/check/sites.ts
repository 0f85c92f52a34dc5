// A setting repeated on each of the user's sites (WordPress.com's "Prevent third-party
// sharing", one per site): the service's data writes it once, as a template whose page has a
// `:site` in its path; each site the user has becomes a row of its own, with its own id
// (`<template id>@<site>`), page, record and clicks, checked and reported alone. The engine,
// the worker and the storage then treat it as any other row. The sites are read from the
// service's own list of them (switch/site-list.ts) and kept only in local storage.
import type { SettingRow } from '../model';

/** What stands for the site in a template's path (and in its list's link shape). */
export const SITE = ':site';

/** How many sites of one service are kept and checked (a bound on storage and on a run's rows). */
export const SITES_MAX = 30;

/** A site's address as a service names it in its paths: a host name (`example.wordpress.com`, `example.com`), lower case. */
export const SITE_PATTERN = /^(?=.{1,63}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

export const isSite = (v: string): boolean => SITE_PATTERN.test(v);

/** The row of a template for one site. */
export function siteRow(template: SettingRow, site: string): SettingRow & { site: string } {
  const { perSite: _list, ...row } = template;
  // A label may name the site (Tumblr's "Prevent third-party sharing for <blog>"): each site's row knows its own.
  const labels = Object.fromEntries(Object.entries(template.labels).map(([lang, texts]) => [lang, texts?.map((t) => t.replace(SITE, site))]));
  return { ...row, id: `${template.id}@${site}`, path: template.path.replace(SITE, site), labels, site };
}

/** A site row's template id and site, or null: not a site row's id. */
export function splitSiteId(id: string): { template: string; site: string } | null {
  const at = id.indexOf('@');
  if (at < 1) return null;
  const site = id.slice(at + 1);
  return isSite(site) ? { template: id.slice(0, at), site } : null;
}
