// A setting's page: its URL, and whether a path (with its #hash) is that page.
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
 * Is this path the setting's page? Tolerates a trailing slash and the service's twin
 * prefixes (e.g. LinkedIn's `/m/`, mobile web, for its `/d/`, desktop). A hash counts only for
 * a setting whose page is a hash route.
 */
export function isSettingPath(setting: Pick<SettingRow, 'path' | 'twins' | 'movesTo'>, path: string): boolean {
  // split() always gives a first part: only the hash may be missing.
  const [pathname, hash = ''] = path.split(/(?=#)/) as [string, string?];
  const [wantedPath, wantedHash = ''] = setting.path.split(/(?=#)/) as [string, string?];
  if (wantedHash && hash !== wantedHash) return false;
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
 * Is a tab at `at` showing the page `url` (a setting's, a category's, an objection form's)?
 * Same origin and the exact path (a trailing slash aside); a query or hash on the tab is the
 * same page (the page is known by its path alone: engine/form/run.ts), except where `url`'s
 * own hash is a route, which must then be the same. A page that only shares the address's
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
  return tab.origin === page.origin && path(tab) === path(page) && (page.hash === '' || hash(tab) === hash(page));
}
