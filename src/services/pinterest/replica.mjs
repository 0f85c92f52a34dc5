// A replica of Pinterest's privacy settings page, for the browser tests: the one switch that
// matters among the page's other privacy boxes, on the shared machinery of
// tests/fixtures/switch-site.mjs (saving through an API, signing out, the page's language;
// its server API is described there).
//
// Modelled only on ./facts.md (www.pinterest.com cannot be reached from the build machines),
// and independent of the service's data (./service.ts): a typo there cannot pass its own test.
// What the facts give: the page's address, the switch's English label and the sentence under
// it, and that Pinterest's design-system switch is a plain checkbox with an id (its state is
// `.checked`). EVERYTHING ELSE IS INVENTED and marked so below: the id, how the label is tied
// to the box (a <label for>), the GenAI section's layout, the other boxes' exact words, the
// title, every French text, and where Pinterest sends a signed-out visitor.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const PINTEREST_SITE = {
  name: 'Pinterest',
  // Facts: the page's address.
  origin: 'https://www.pinterest.com',
  path: '/settings/privacy',
  // Invented (low: Pinterest's usual sign-in address): where a signed-out visitor is sent.
  loginPath: '/login',
  // Facts: a plain checkbox with an id. Invented: the id (setting-<replica id>) and the <label for> beside it.
  markup: 'label-for-checkbox',
  // Invented.
  title: { en: 'Privacy and data', fr: 'Confidentialité et données' },
  target: {
    id: 'canvas-training',
    // Facts: the label, then the sentence under it (`wording: 1` puts the sentence in the label).
    en: ['Use your data to train Pinterest Canvas', 'Allow your data to be used to help train Pinterest Canvas.'],
    note: 'Allow your data to be used to help train Pinterest Canvas.',
    // Invented.
    fr: 'Utiliser vos données pour entraîner Pinterest Canvas',
  },
  decoys: [
    // Invented wording (the page's other privacy boxes; each must never be clicked).
    { id: 'search-privacy', en: ['Hide your profile from search engines'], fr: 'Masquer votre profil des moteurs de recherche' },
    {
      id: 'sites-you-visit',
      en: ['Use sites you visit to improve which recommendations and ads you see'],
      fr: 'Utiliser les sites que vous consultez pour améliorer les recommandations et publicités',
    },
    {
      id: 'partner-info',
      en: ['Use information from our partners to improve which recommendations and ads you see'],
      fr: 'Utiliser les informations de nos partenaires pour améliorer les recommandations et publicités',
    },
    { id: 'ads-reporting', en: ['Share activity for ads performance reporting'], fr: 'Partager l’activité pour les rapports de performance publicitaire' },
  ],
};

/**
 * A replica www.pinterest.com that keeps what is saved: `serveReplica(ext, pinterestServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const pinterestServer = (options) => switchSiteServer(PINTEREST_SITE, options);
