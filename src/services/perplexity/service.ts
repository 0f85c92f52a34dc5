// Perplexity: "AI data retention" (formerly "AI Data Usage") on its preferences page. Sources
// and confidence: ./facts.md (the page's path is unverified).
import { defineService } from '../../engine/model';

export default defineService({
  id: 'perplexity',
  name: 'Perplexity',
  category: 'assistant',
  origin: 'https://www.perplexity.ai',
  host: 'optional',
  pages: ['https://www.perplexity.ai/settings/*'],
  // Low: a signed-out visitor sent to a sign-in page at /login (inferred, unverified).
  signIn: [/^\/login\b/],
  settings: [
    {
      id: 'perplexity-training',
      // Settings → Preferences (medium); this path is our inference (unverified): a wrong one
      // ends as "not found", with the steps by hand.
      path: '/settings/preferences',
      // No hook is published: the label alone finds the switch (English only).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // The current label, and the older one.
      labels: { en: ['AI data retention', 'AI Data Usage'] },
    },
  ],
});
