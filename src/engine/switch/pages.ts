// A setting's page: its URL, and whether a path (with its #hash) is that page.
import { serviceById } from '../../services';
import type { SettingRow } from '../../services/linkedin/settings';

/** The page the extension opens to check a setting. */
export function settingUrl(setting: SettingRow): string {
  return serviceById(setting.service).origin + setting.path;
}

/**
 * Is this path the setting's page? Tolerates a trailing slash and, on LinkedIn, the `/m/`
 * (mobile web) twin of the `/d/` (desktop) path. A hash counts only for a setting whose
 * page is a hash route.
 */
export function isSettingPath(setting: SettingRow, path: string): boolean {
  // split() always gives a first part: only the hash may be missing.
  const [pathname, hash = ''] = path.split(/(?=#)/) as [string, string?];
  const [wantedPath, wantedHash = ''] = setting.path.split(/(?=#)/) as [string, string?];
  if (wantedHash && hash !== wantedHash) return false;
  const wanted = wantedPath.replace('/mypreferences/d/', '/mypreferences/[dm]/');
  return new RegExp(`^${wanted}/?$`).test(pathname);
}
