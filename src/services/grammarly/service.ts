// Grammarly's setting as data: "Product Improvement and Training" on its account's
// privacy page. Sources and confidence: docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { SettingRow } from '../linkedin/settings';

export const GRAMMARLY_SETTINGS: readonly SettingRow[] = family(
  [
    {
      id: 'grammarly-training',
      service: 'grammarly',
      name: 'settingNameGrammarly',
      what: 'settingWhatGrammarly',
      path: '/security/privacy',
      // No hook is published: the label alone finds the switch (English only; Grammarly's help, high).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Product Improvement and Training'] },
    },
  ],
  [],
);
