// __NAME__: TODO(new-service) what the extension switches off here, in one line. Sources and
// confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: '__ID__',
  name: '__NAME__',
  // Its group on the dashboard: 'assistant', 'network', 'creative' or 'publishing'.
  category: 'assistant',
  // TODO(new-service): the service's origin, from ./facts.md.
  origin: 'https://__ID__.invalid',
  host: 'optional',
  // TODO(new-service): where its content script runs: the settings pages (a match pattern on its origin).
  pages: ['https://__ID__.invalid/settings/*'],
  // TODO(new-service): where a signed-out visitor is sent, if the facts say (none known: a page
  // without the switch ends as "could not check").
  signIn: [],
  settings: [
    {
      id: '__ID__-training',
      // TODO(new-service): the settings page's path, from ./facts.md.
      path: '/settings/privacy',
      // No hook is published: the label alone finds the switch. TODO(new-service): a stable hook, if the facts give one.
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // TODO(new-service): the switch's label, as the facts quote it, in each language they give.
      labels: { en: ['TODO(new-service): the switch label'] },
    },
  ],
});
