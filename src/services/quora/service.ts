// Quora's setting as data: the large language model training switch on its privacy
// settings page. Sources and confidence: docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { SettingRow } from '../linkedin/settings';

export const QUORA_SETTINGS: readonly SettingRow[] = family(
  [
    {
      id: 'quora-training',
      service: 'quora',
      name: 'settingNameQuora',
      what: 'settingWhatQuora',
      path: '/settings/privacy',
      // No hook is published: the label alone finds the switch (English only, medium).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Allow large language models to be trained on your content'] },
    },
  ],
  [],
);
