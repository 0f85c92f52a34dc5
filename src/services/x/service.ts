// X: the Grok training box and the four privacy switches Brave's PSST switches off.
// Sources and confidence: ./facts.md.
import { defineService, type SettingSpec } from '../../engine/model';

/** One box per page, hooked as PSST hooks it (high confidence); its label is not published. */
const box = (id: string, path: string, category: SettingSpec['category']): SettingSpec => ({
  id,
  path,
  hook: 'CHECKBOX_1_LABEL',
  hookBy: 'describedby',
  category,
  recommended: true,
  titles: {},
  labels: {},
});

export default defineService({
  id: 'x',
  name: 'X',
  category: 'network',
  origin: 'https://x.com',
  host: 'optional',
  pages: ['https://x.com/settings/*'],
  // Low confidence: X's web app sends a signed-out visitor to its login flow.
  signIn: [/^\/i\/flow\/login\b/, /^\/login\b/, /^\/i\/flow\/signup\b/],
  // Its card says that its Grok box does not cover grok.com (../grok/service.ts), which has a switch of its own.
  note: true,
  settings: [
    // Three boxes share the page, and their CHECKBOX_n_LABEL ids follow their position: the
    // label alone tells which is the training box (medium-high confidence, English only).
    {
      ...box('x-grok', '/settings/grok_settings', 'ai'),
      hook: null,
      labels: {
        en: [
          'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning',
          'Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning',
        ],
      },
    },
    box('x-location', '/settings/location', 'ads'),
    box('x-partners', '/settings/data_sharing_with_business_partners', 'sharing'),
    box('x-off-x', '/settings/off_twitter_activity', 'ads'),
    box('x-ads', '/settings/ads_preferences', 'ads'),
  ],
  // The two other boxes of the Grok page: never touched (their labels keep the training box apart).
  leftAlone: ['Allow Grok to remember your conversation history', 'Allow X to personalize your experience with Grok'],
});
