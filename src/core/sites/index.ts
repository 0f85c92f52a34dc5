// The other services' settings (X, ChatGPT, Claude, Quora, Grammarly), in the order their checks visit them: what
// their content script needs, without LinkedIn's rows.
import type { SettingRow } from '../settings';
import { CHATGPT_SETTINGS } from './chatgpt';
import { CLAUDE_SETTINGS } from './claude';
import { GRAMMARLY_SETTINGS } from './grammarly';
import { QUORA_SETTINGS } from './quora';
import { X_SETTINGS } from './x';

export const SITE_SETTINGS: readonly SettingRow[] = [...X_SETTINGS, ...CHATGPT_SETTINGS, ...CLAUDE_SETTINGS, ...QUORA_SETTINGS, ...GRAMMARLY_SETTINGS];
