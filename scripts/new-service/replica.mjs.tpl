// A replica of __NAME__'s settings page, for the browser tests: the one switch that matters
// among others, on the shared machinery of tests/fixtures/switch-site.mjs (saving, signing
// out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md, and independent of the service's data (./service.ts): write
// it from the facts, by hand, never by copying the data, so a typo there cannot pass its own
// test. Say below what comes from the facts and what is invented.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const __CONST___SITE = {
  name: '__NAME__',
  // TODO(new-service): facts: the page's address.
  origin: 'https://__ID__.invalid',
  path: '/settings/privacy',
  // Invented: where __NAME__ sends a signed-out visitor.
  loginPath: '/login',
  // Invented: a native checkbox inside its <label> (see switch-site.mjs for the other kinds).
  markup: 'label-checkbox',
  // Invented.
  title: { en: 'Privacy', fr: 'Confidentialité' },
  target: {
    id: 'training',
    // TODO(new-service): facts: the switch's label, as the facts quote it.
    en: ['TODO(new-service): the switch label, typed from the facts'],
    // Invented.
    fr: 'Étiquette inventée',
  },
  decoys: [
    // Invented: another switch of the page, which must never be clicked.
    { id: 'search-indexing', en: ['Allow search engines to index your profile'], fr: 'Autoriser les moteurs de recherche à indexer votre profil' },
  ],
};

/**
 * A replica __NAME__ that keeps what is saved: `serveReplica(ext, __CAMEL__Server(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const __CAMEL__Server = (options) => switchSiteServer(__CONST___SITE, options);
