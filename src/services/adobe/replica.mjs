// A replica of the privacy page of the Adobe account, for the browser tests: the one switch
// that matters among others, on the shared machinery of tests/fixtures/switch-site.mjs
// (saving through an API, signing out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md (account.adobe.com cannot be reached from the build machines),
// and independent of the service's data (./service.ts): a typo there cannot pass its own test.
// What the facts give: the page's address, the switch's English name ("Content analysis", and
// "Content analysis for product improvement"), Adobe's sentence under it, that a change saves
// at once, and the "Desktop app usage" switch beside it. EVERYTHING ELSE IS INVENTED and marked
// so below, above all the markup: nothing of it is known. The replica builds each switch as
// a Spectrum web component would (an <sp-switch> whose open shadow root holds the checkbox and
// a <label> around a <slot>, its words in the page's own tree, rendered late), the hardest of
// the plausible shapes for a reader; whether Adobe's page is built so is UNVERIFIED.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** Where the replica sends a signed-out visitor: Adobe's sign-in site, another origin (low: an inference). */
export const ADOBE_SIGN_IN = 'https://auth.services.adobe.com';
const SIGN_IN_PAGE = '/en_US/index.html';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const ADOBE_SITE = {
  name: 'Adobe',
  // Facts: the page's address.
  origin: 'https://account.adobe.com',
  path: '/privacy',
  // Invented (low): Adobe's sign-in site, on another origin.
  loginPath: `${ADOBE_SIGN_IN}${SIGN_IN_PAGE}`,
  // Invented (unverified): a Spectrum-like web component.
  markup: 'slotted-switch',
  // Invented.
  title: { en: 'Privacy and personal data', fr: 'Confidentialité et données personnelles' },
  target: {
    id: 'content-analysis',
    // Facts: the section's name, and its 2024 wording.
    en: ['Content analysis', 'Content analysis for product improvement'],
    // Facts (Adobe's words, as quoted in 2023).
    note: 'Adobe may analyze your content using techniques such as machine learning (e.g., for pattern recognition) to develop and improve our products and services.',
    // Invented: plausible words, read by the tolerant match as the English ones (a cognate: the same setting).
    fr: 'Analyse du contenu',
    // Invented: a language whose words the match cannot read.
    de: 'Inhaltsanalyse',
  },
  decoys: [
    // Facts (Adobe's usage data FAQ): the switch's name; its place on this page is inferred.
    { id: 'desktop-app-usage', en: ['Desktop app usage'], fr: 'Utilisation des applications de bureau', de: 'Nutzung der Desktop-Apps' },
    // Invented.
    {
      id: 'personalized-offers',
      en: ['Personalized offers and recommendations'],
      fr: 'Offres et recommandations personnalisées',
      de: 'Personalisierte Angebote und Empfehlungen',
    },
  ],
};

/**
 * A replica account.adobe.com that keeps what is saved: `serveReplica(ext, adobeServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const adobeServer = (options) => switchSiteServer(ADOBE_SITE, options);

/** Adobe's sign-in site (invented: a page with no switch), for `ext.site(ADOBE_SIGN_IN, ADOBE_SIGN_IN_PAGES)`. */
export const ADOBE_SIGN_IN_PAGES = {
  [SIGN_IN_PAGE]:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><main><h1>Sign in</h1><input type="email" aria-label="Email address"><button type="button">Continue</button></main></body></html>',
};
