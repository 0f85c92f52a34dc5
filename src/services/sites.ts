// The other services' settings (X, ChatGPT, Claude, Quora, Grammarly), in the order their checks visit them: what
// their content script needs, without LinkedIn's rows.
import type { SettingRow } from './linkedin/settings';
import { CHATGPT_SETTINGS } from './chatgpt/service';
import { CLAUDE_SETTINGS } from './claude/service';
import { GRAMMARLY_SETTINGS } from './grammarly/service';
import { QUORA_SETTINGS } from './quora/service';
import { X_SETTINGS } from './x/service';

export const SITE_SETTINGS: readonly SettingRow[] = [...X_SETTINGS, ...CHATGPT_SETTINGS, ...CLAUDE_SETTINGS, ...QUORA_SETTINGS, ...GRAMMARLY_SETTINGS];
