// The other services' settings (X, ChatGPT), in the order their checks visit them: what
// their content script needs, without LinkedIn's rows.
import type { SettingRow } from '../settings';
import { CHATGPT_SETTINGS } from './chatgpt';
import { X_SETTINGS } from './x';

export const SITE_SETTINGS: readonly SettingRow[] = [...X_SETTINGS, ...CHATGPT_SETTINGS];
