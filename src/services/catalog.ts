// Every service's settings in one list, for the worker and the extension's pages. A content
// script imports only its own service's rows (settings.ts for LinkedIn, sites/ for the
// others): each stays small however many services are added.
import type { ServiceId } from './index';
import { type SettingRow, SETTINGS } from './linkedin/settings';
import { SITE_SETTINGS } from './sites';

/** Every setting of every service: LinkedIn's, then the other services' in their data's order. */
export const ALL_SETTINGS: readonly SettingRow[] = [...SETTINGS, ...SITE_SETTINGS];

/** The setting with this id, if we know it. */
export const settingById = (id: string): SettingRow | undefined => ALL_SETTINGS.find((s) => s.id === id);

/** A service's settings, in the order a check visits them. */
export const settingsOf = (service: ServiceId): readonly SettingRow[] => ALL_SETTINGS.filter((s) => s.service === service);
