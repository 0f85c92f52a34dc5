// Pinterest: "Use your data to train Pinterest Canvas", a checkbox in the GenAI section of its
// privacy settings. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'pinterest',
  name: 'Pinterest',
  category: 'network',
  origin: 'https://www.pinterest.com',
  host: 'optional',
  pages: ['https://www.pinterest.com/settings/*'],
  // Low confidence: Pinterest sends a signed-out visitor to its /login/ page (its usual sign-in
  // address; whether the settings page redirects there is not verified).
  signIn: [/^\/login\b/],
  settings: [
    {
      id: 'pinterest-training',
      path: '/settings/privacy',
      // Its design system's switch is a plain checkbox with an id, but the id itself is not
      // known: the label alone finds it (a guessed id would be a hook that decides alone).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // The switch's label and the sentence under it (medium-high): either may be what names
      // the checkbox, so both are matched. English only: no other language has been read.
      labels: { en: ['Use your data to train Pinterest Canvas', 'Allow your data to be used to help train Pinterest Canvas.'] },
    },
  ],
});
