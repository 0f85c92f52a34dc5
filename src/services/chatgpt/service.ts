// ChatGPT's setting as data: "Improve the model for everyone", a switch inside a dialog
// that its Data controls page opens. Sources and confidence: docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { SettingRow } from '../linkedin/settings';

export const CHATGPT_SETTINGS: readonly SettingRow[] = family(
  [
    {
      id: 'chatgpt-training',
      service: 'chatgpt',
      name: 'settingNameChatGpt',
      what: 'settingWhatChatGpt',
      // The hash route opens Settings at Data controls (medium confidence).
      path: '/#settings/DataControls',
      // Selectors from Brave's PSST (high confidence); the switch's state is its aria-checked.
      hook: 'improve-model-toggle',
      hookBy: 'testid',
      open: ['[data-testid="improve-model-open-modal-button"]'],
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Improve the model for everyone'] },
    },
  ],
  [],
);
