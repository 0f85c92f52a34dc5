// Which page a per-site row's template is (check/sites.ts): its `:site` path matched
// against a page's path, and the site it names. Apart from sites.ts so that the extension's
// own pages (the popup, which must open at once) do not carry what only the worker and the
// services' content script use.
import type { SettingRow } from '../model';
import { isSettingPath } from '../switch/pages';
import { isSite, SITE } from './sites';

/** A path shape with `:site` as a pattern that captures the site (a trailing slash tolerated). */
export function shapePattern(shape: string): RegExp {
  const [before = '', after = ''] = shape.split(SITE);
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${quote(before)}([^/?#]+)${quote(after)}/?$`);
}

/** The site a path names, for a template whose page this is; null: not one of its pages. */
export function siteIn(template: Pick<SettingRow, 'path'>, path: string): string | null {
  const site = shapePattern(template.path).exec(path.split('#')[0]!)?.[1];
  return site !== undefined && isSite(site) ? site : null;
}

/**
 * Is this path the page (a row's, or a list's)? A template's page, with `:site` in it, is any
 * one site's page. Apart from switch/pages.ts, so that LinkedIn's script, which has no
 * per-site row, does not carry it.
 */
export function isPageOf(page: Pick<SettingRow, 'path' | 'twins'>, path: string): boolean {
  return page.path.includes(SITE) ? siteIn(page, path) !== null : isSettingPath(page, path);
}
