// A replica of Quora's privacy settings page, for the browser tests: the one switch that
// matters among others, on the shared machinery of tests/fixtures/switch-site.mjs (saving,
// signing out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md (www.quora.com cannot be reached from the build machines), and
// independent of the service's data (./service.ts): a typo there cannot pass its own test.
// What the facts give: the page's address and the switch's English label. EVERYTHING ELSE IS
// INVENTED and marked so below: the markup, the other switches on the page (decoys that must
// never be clicked), the title, every French text, and where Quora sends a signed-out visitor.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const QUORA_SITE = {
  name: 'Quora',
  origin: 'https://www.quora.com',
  path: '/settings/privacy',
  // Invented: where Quora sends a signed-out visitor is not known.
  loginPath: '/login',
  // Invented: a native checkbox inside its <label>.
  markup: 'label-checkbox',
  // Invented.
  title: { en: 'Privacy', fr: 'Confidentialité' },
  target: {
    id: 'llm-training',
    // Facts: the label.
    en: ['Allow large language models to be trained on your content'],
    // Invented.
    fr: 'Autoriser l’entraînement de grands modèles de langage sur votre contenu',
  },
  decoys: [
    // Invented.
    { id: 'search-indexing', en: ['Allow search engines to index your name'], fr: 'Autoriser les moteurs de recherche à indexer votre nom' },
    { id: 'share-content', en: ['Allow your content to be shared on other sites'], fr: 'Autoriser le partage de votre contenu sur d’autres sites' },
  ],
};

/**
 * A replica www.quora.com that keeps what is saved: `serveReplica(ext, quoraServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const quoraServer = (options) => switchSiteServer(QUORA_SITE, options);
