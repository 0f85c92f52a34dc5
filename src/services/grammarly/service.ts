// Grammarly: "Product Improvement and Training" on its account's privacy page. Sources and
// confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'grammarly',
  name: 'Grammarly',
  category: 'assistant',
  origin: 'https://account.grammarly.com',
  host: 'optional',
  pages: ['https://account.grammarly.com/security/*'],
  // Not known where Grammarly sends a signed-out visitor (if to another host, we cannot see
  // it): a page without the switch ends as "could not check".
  signIn: [],
  settings: [
    {
      id: 'grammarly-training',
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
});
