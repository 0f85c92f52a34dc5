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
export function isSettingPath(setting: Pick<SettingRow, 'path' | 'twins'>, path: string): boolean {
  // split() always gives a first part: only the hash may be missing.
  const [pathname, hash = ''] = path.split(/(?=#)/) as [string, string?];
  const [wantedPath, wantedHash = ''] = setting.path.split(/(?=#)/) as [string, string?];
  if (wantedHash && hash !== wantedHash) return false;
  const written = writtenPath(setting, pathname);
  return written === wantedPath || written === `${wantedPath}/`;
}
