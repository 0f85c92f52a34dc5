// WordPress.com: "Prevent third-party sharing for this site", a box on each of the user's
// sites' reading settings, which protects when ticked, needs the form's Save, and is one per
// site (each site a row of its own: engine/check/sites.ts). Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'wordpress',
  name: 'WordPress.com',
  category: 'publishing',
  origin: 'https://wordpress.com',
  host: 'optional',
  // The reading settings of each site, and the list of the user's sites.
  pages: ['https://wordpress.com/settings/*', 'https://wordpress.com/sites*'],
  // WordPress.com's log-in page (medium: its public address; where it sends a signed-out visitor of these pages is not verified).
  signIn: [/^\/log-in/],
  settings: [
    {
      id: 'wordpress-sharing',
      // Automattic's code (high): the reading settings of a site, by its address.
      path: '/settings/reading/:site',
      // The new dashboard's id (high). The legacy page names the box only by its
      // `name="wpcom_data_sharing_opt_out"`, and labels it with the site's name: not
      // matched (a name we do not have); that page ends as "not found", with the steps by hand.
      hook: 'wpcom_prevent_third_party_sharing',
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Prevent third-party sharing for this site'] },
      // Ticked protects (high).
      protective: 'on',
      // The change needs the form's Save (high); its exact name is not verified.
      save: { en: ['Save settings', 'Save'] },
      // Invented and unverified: the list of the user's sites, and its links to each site's home.
      perSite: { list: '/sites', link: '/home/:site' },
    },
  ],
});
