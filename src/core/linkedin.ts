// Where LinkedIn's pages are: its origin, the settings pages' paths, and the pages it
// sends a signed-out visitor to. Sources and confidence: docs/linkedin-facts.md.
import type { SettingRow } from './settings';

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** The page the extension opens to audit a setting. */
export function settingUrl(setting: SettingRow): string {
  return LINKEDIN_ORIGIN + setting.path;
}

/**
 * Is this path the setting's page? Tolerates a trailing slash and the `/m/` (mobile
 * web) twin of the `/d/` (desktop) path, which LinkedIn uses elsewhere.
 */
export function isSettingPath(setting: SettingRow, pathname: string): boolean {
  const wanted = setting.path.replace('/mypreferences/d/', '/mypreferences/[dm]/');
  return new RegExp(`^${wanted}/?$`).test(pathname);
}

// Where LinkedIn sends a visitor who is not signed in (medium confidence).
const SIGN_IN_PATHS = [/^\/login\b/, /^\/uas\/login\b/, /^\/checkpoint\//, /^\/authwall\b/, /^\/signup\b/];

/** Is this URL one of LinkedIn's sign-in pages? */
export function isSignInUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === LINKEDIN_ORIGIN && SIGN_IN_PATHS.some((re) => re.test(parsed.pathname));
}
