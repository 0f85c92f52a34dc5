// X's settings as data: the Grok training box and the four privacy switches Brave's PSST
// switches off. Sources and confidence: docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { SettingRow } from '../linkedin/settings';

const row = (
  id: string,
  name: SettingRow['name'],
  what: SettingRow['what'],
  path: string,
  category: SettingRow['category'],
  more: Partial<SettingRow> = {},
): SettingRow => ({
  id,
  service: 'x',
  name,
  what,
  path,
  // One box per page, hooked as PSST hooks it (high confidence); its label is not published.
  hook: 'CHECKBOX_1_LABEL',
  hookBy: 'describedby',
  category,
  recommended: true,
  titles: {},
  labels: {},
  ...more,
});

/** The two other boxes of the Grok page: never touched (their labels keep the training box apart). */
export const X_LEFT_ALONE: readonly string[] = ['Allow Grok to remember your conversation history', 'Allow X to personalize your experience with Grok'];

export const X_SETTINGS: readonly SettingRow[] = family(
  [
    // Three boxes share the page, and their CHECKBOX_n_LABEL ids follow their position: the
    // label alone tells which is the training box (medium-high confidence, English only).
    row('x-grok', 'settingNameXGrok', 'settingWhatXGrok', '/settings/grok_settings', 'ai', {
      hook: null,
      labels: {
        en: [
          'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning',
          'Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning',
        ],
      },
    }),
    row('x-location', 'settingNameXLocation', 'settingWhatXLocation', '/settings/location', 'ads'),
    row('x-partners', 'settingNameXPartners', 'settingWhatXPartners', '/settings/data_sharing_with_business_partners', 'sharing'),
    row('x-off-x', 'settingNameXOffX', 'settingWhatXOffX', '/settings/off_twitter_activity', 'ads'),
    row('x-ads', 'settingNameXAds', 'settingWhatXAds', '/settings/ads_preferences', 'ads'),
  ],
  X_LEFT_ALONE,
);
