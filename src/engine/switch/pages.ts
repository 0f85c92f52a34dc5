// A setting's page: its URL, and whether a path (with its ?query and #hash) is that page.
import type { SettingRow } from '../model';

/** The page the extension opens to check a setting. */
export function settingUrl(setting: SettingRow): string {
  return setting.origin + setting.path;
}

/** A path written as the setting data writes its pages: each twin prefix (a mobile twin) as the one written. */
export function writtenPath(setting: Pick<SettingRow, 'twins'>, path: string): string {
  for (const [written, also] of setting.twins) if (path.startsWith(also)) return written + path.slice(also.length);
  return path;
}

/**
 * Is this pathname the setting's page, for a page known by its path alone (LinkedIn's: no
 * query route, no hash route, no move; the registry test holds its rows to that)? So that
 * LinkedIn's script does not carry what only other services' pages need (isSettingPath).
 */
export function isPathOf(setting: Pick<SettingRow, 'path' | 'twins'>, pathname: string): boolean {
  const written = writtenPath(setting, pathname);
  return written === setting.path || written === `${setting.path}/`;
}

/** A path's pathname, ?query and #hash ('/?_s=data#x' -> ['/', '?_s=data', '#x']), each possibly empty. */
function partsOf(path: string): [string, string, string] {
  const [, pathname = '', query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path) ?? [];
  return [pathname, query, hash];
}

/**
 * A query's parameters as written, in order ('?a=1&b' -> [['a', '1'], ['b', '']]). Read by
 * hand, not with URLSearchParams: this runs in Firefox's content scripts too, where spreading
 * the page's URLSearchParams (an Xray wrapper) throws, and the script would stop before it
 * began. Not decoded: a page's parameter is compared as the data writes it (an encoded
 * spelling of it is another address, and nothing is done there), which keeps LinkedIn's
 * script, which carries this, small.
 */
function paramsOf(query: string): string[][] {
  return query
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => [pair.split('=', 1)[0]!, pair.slice(pair.indexOf('=') + 1 || pair.length)]);
}

/**
 * Does a query carry every parameter of `wanted` with its value? Where a settings page is a
 * query route of an app (grok.com's `/?_s=data`), that parameter is the page; any other one
 * (a tracking tag, the app's own state) is not.
 */
function carries(query: string, wanted: string): boolean {
  const have = paramsOf(query);
  return paramsOf(wanted).every(([key, value]) => have.some(([k, v]) => k === key && v === value));
}

/**
 * Is this path the setting's page? Tolerates a trailing slash and the service's twin
 * prefixes (e.g. LinkedIn's `/m/`, mobile web, for its `/d/`, desktop). A hash counts only for
 * a setting whose page is a hash route, a query only for one whose page is a query route
 * (then its parameters must be there; others are ignored).
 */
export function isSettingPath(setting: Pick<SettingRow, 'path' | 'twins' | 'movesTo'>, path: string): boolean {
  const [pathname, query, hash] = partsOf(path);
  const [wantedPath, wantedQuery, wantedHash] = partsOf(setting.path);
  if (wantedHash && hash !== wantedHash) return false;
  if (!carries(query, wantedQuery)) return false;
  const written = writtenPath(setting, pathname);
  return written === wantedPath || written === `${wantedPath}/` || (setting.movesTo ?? []).some((moved) => fitsPattern(moved, written));
}

/** Does a path fit a pattern whose `*` segments each stand for one non-empty segment (a trailing slash aside)? */
function fitsPattern(pattern: string, path: string): boolean {
  const want = pattern.replace(/\/+$/, '').split('/');
  const got = path.replace(/\/+$/, '').split('/');
  return want.length === got.length && want.every((part, i) => (part === '*' ? got[i] !== '' : part === got[i]));
}

/**
 * The part of a page's query that names one of these settings' pages (`?_s=data` of
 * `?_s=data&q=…`), or ''. Only that part is the page's address as the content script sends
 * it: the rest (what the user typed into the app, a tracking tag) is never sent.
 */
export function pageQuery(pages: readonly Pick<SettingRow, 'path'>[], search: string): string {
  const named = new Set(pages.flatMap((page) => paramsOf(partsOf(page.path)[1]).map(([key]) => key)));
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && named.has(paramsOf(pair)[0]![0]));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/**
 * Is a tab at `at` showing the page `url` (a setting's, a category's, an objection form's)?
 * Same origin and the exact path (a trailing slash aside); a query or hash on the tab is the
 * same page (the page is known by its path alone: engine/form/run.ts), except where `url`'s
 * own hash is a route, which must then be the same, or its query one, whose parameters the
 * tab's must carry (grok.com's chat at `/` is not its settings at `/?_s=data`). A page that only shares the address's
 * beginning (`…/TS-DPRO-2`, `…/TS-DPRO/more`) is another page, with what the user typed in it.
 */
export function samePage(at: string, url: string): boolean {
  let tab: URL;
  let page: URL;
  try {
    tab = new URL(at);
    page = new URL(url);
  } catch {
    return false;
  }
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  const hash = (u: URL) => u.hash.replace(/\/+$/, '');
  return tab.origin === page.origin && path(tab) === path(page) && (page.hash === '' || hash(tab) === hash(page)) && carries(tab.search, page.search);
}
