// Quora: the large language model training switch on its privacy settings page. Sources
// and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'quora',
  name: 'Quora',
  category: 'network',
  origin: 'https://www.quora.com',
  host: 'optional',
  pages: ['https://www.quora.com/settings/*'],
  // Not known where Quora sends a signed-out visitor: a page without the switch ends as "could not check".
  signIn: [],
  settings: [
    {
      id: 'quora-training',
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
});
