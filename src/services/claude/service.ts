// Claude's setting as data: "Help improve Claude" on its data privacy controls page.
// Sources and confidence: docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { SettingRow } from '../linkedin/settings';

export const CLAUDE_SETTINGS: readonly SettingRow[] = family(
  [
    {
      id: 'claude-training',
      service: 'claude',
      name: 'settingNameClaude',
      what: 'settingWhatClaude',
      path: '/settings/data-privacy-controls',
      // No hook is published: the label alone finds the switch (English only, medium-high).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // The label as of the September 2025 terms, and as a 2026 source quotes it.
      labels: { en: ['Help improve Claude', 'Help improve our AI models'] },
    },
  ],
  [],
);
