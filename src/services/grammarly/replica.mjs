// A replica of Grammarly's account privacy page, for the browser tests: the one switch that
// matters among others, on the shared machinery of tests/fixtures/switch-site.mjs (saving,
// signing out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md (account.grammarly.com cannot be reached from the build
// machines), and independent of the service's data (./service.ts): a typo there cannot pass
// its own test. What the facts give: the page's address and the switch's English label.
// EVERYTHING ELSE IS INVENTED and marked so below: the markup, the other switches on the page
// (decoys that must never be clicked), the title, every French text, and where Grammarly
// sends a signed-out visitor.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const GRAMMARLY_SITE = {
  name: 'Grammarly',
  origin: 'https://account.grammarly.com',
  path: '/security/privacy',
  // Invented: where Grammarly sends a signed-out visitor is not known.
  loginPath: '/signin',
  // Invented: a button role="switch" named by its aria-label.
  markup: 'aria-label-switch',
  // Invented.
  title: { en: 'Privacy', fr: 'Confidentialité' },
  // Facts: the English label; the French one is invented.
  target: { id: 'product-improvement', en: ['Product Improvement and Training'], fr: 'Amélioration du produit et entraînement' },
  decoys: [
    // Invented.
    { id: 'product-updates', en: ['Receive product updates by email'], fr: 'Recevoir les nouveautés du produit par e-mail' },
    { id: 'personalized-suggestions', en: ['Personalized suggestions'], fr: 'Suggestions personnalisées' },
  ],
};

/**
 * A replica account.grammarly.com that keeps what is saved: `serveReplica(ext, grammarlyServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const grammarlyServer = (options) => switchSiteServer(GRAMMARLY_SITE, options);
