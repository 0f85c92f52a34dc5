// A replica of claude.ai's data privacy controls page, for the browser tests: the one switch
// that matters among others, on the shared machinery of tests/fixtures/switch-site.mjs
// (saving, signing out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md (claude.ai cannot be reached from the build machines), and
// independent of the service's data (./service.ts): a typo there cannot pass its own test.
// What the facts give: the page's address, the switch's English label in both wordings, and
// the description under it. EVERYTHING ELSE IS INVENTED and marked so below: the markup, the
// other switches on the page (decoys that must never be clicked), the title and every French
// text. The /login redirect of a signed-out visitor is an inference (low).
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const CLAUDE_SITE = {
  name: 'Claude',
  origin: 'https://claude.ai',
  path: '/settings/data-privacy-controls',
  // Inferred (low): claude.ai sends a signed-out visitor to /login.
  loginPath: '/login',
  // Invented: a button role="switch" named by the visible label's id (aria-labelledby).
  markup: 'labelledby-switch',
  // Invented.
  title: { en: 'Privacy', fr: 'Confidentialité' },
  target: {
    id: 'help-improve',
    // Facts: the label, and the wording a 2026 source quotes; the description.
    en: ['Help improve Claude', 'Help improve our AI models'],
    // Invented.
    fr: 'Aider à améliorer Claude',
    note: 'Allow the use of your chats and coding sessions to train and improve Anthropic AI models.',
  },
  decoys: [
    // Invented.
    { id: 'location-metadata', en: ['Location metadata'], fr: 'Métadonnées de localisation' },
    { id: 'memory', en: ['Generate memory from chat history'], fr: 'Générer une mémoire à partir de l’historique des conversations' },
  ],
};

/**
 * A replica claude.ai that keeps what is saved: `serveReplica(ext, claudeServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const claudeServer = (options) => switchSiteServer(CLAUDE_SITE, options);
