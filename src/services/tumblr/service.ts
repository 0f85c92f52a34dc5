// Tumblr: "Prevent third-party sharing for <blog>", a switch on each of the user's blogs'
// settings, which protects when on, one per blog (each blog a row of its own:
// engine/check/sites.ts). Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'tumblr',
  name: 'Tumblr',
  category: 'publishing',
  origin: 'https://www.tumblr.com',
  host: 'optional',
  pages: ['https://www.tumblr.com/settings/*'],
  // Tumblr's log-in page (medium: its public address; where it sends a signed-out visitor of these pages is not verified).
  signIn: [/^\/login/],
  settings: [
    {
      id: 'tumblr-sharing',
      // Medium: each blog's settings, by its name.
      path: '/settings/blog/:site',
      // No hook is published: the label alone finds the switch, with the blog's own name in it.
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Prevent third-party sharing for :site'] },
      // On protects (medium).
      protective: 'on',
      // Invented and unverified: the account settings' list of the user's blogs, linking to each blog's settings.
      perSite: { list: '/settings/account', link: '/settings/blog/:site' },
    },
  ],
});
