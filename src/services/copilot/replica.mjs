// A replica of Microsoft Copilot's Privacy settings, for the browser tests, in both apps: the
// old app's two training switches among others, and the new app's page (since 18 August
// 2026) with no training switch and its statement instead. On the shared machinery of
// tests/fixtures/switch-site.mjs (saving through its API, signing out, the page's language).
//
// Modelled only on ./facts.md, and independent of the service's data (./service.ts): a typo
// there cannot pass its own test. From the facts: the origin, the two labels, the other
// switches the write-ups name on the page, and that the new app says prompts, responses and
// files are not used to train its foundation models. INVENTED and marked so: the page's
// address (no source gives it), the markup, the title, the statement's exact words, every
// French text, and the sign-in page.
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const COPILOT_SITE = {
  name: 'Microsoft Copilot',
  origin: 'https://copilot.microsoft.com',
  // Invented: no source gives the address of the Privacy settings.
  path: '/settings/privacy',
  // Invented.
  loginPath: '/signin',
  // Invented: a button role="switch" named by its aria-label.
  markup: 'aria-label-switch',
  // Invented.
  title: { en: 'Privacy', fr: 'Confidentialité' },
  target: {
    id: 'text-training',
    // Facts: the label.
    en: ['Model training on text'],
    // Invented.
    fr: 'Entraînement du modèle sur le texte',
  },
  decoys: [
    // Facts: the old app's second training switch (the extension's other row: it is switched off too).
    { id: 'voice-training', en: ['Model training on voice'], fr: 'Entraînement du modèle sur la voix' },
    // Facts (write-ups): on the same page, never to be touched.
    { id: 'memory', en: ['Personalization and memory'], fr: 'Personnalisation et mémoire' },
    { id: 'ads', en: ['Ad personalization'], fr: 'Personnalisation des publicités' },
  ],
  retired: {
    // Facts: what the new app says (its exact words are invented around it).
    en: 'Your prompts, responses and files are not used to train our foundation models.',
    // Invented.
    fr: 'Vos requêtes, réponses et fichiers ne servent pas à entraîner nos modèles de fondation.',
    // Invented: which switches the new app keeps on the page.
    keeps: ['memory'],
  },
};

/**
 * A replica copilot.microsoft.com that keeps what is saved: `serveReplica(ext, copilotServer(options))`;
 * `{ retired: true }` serves the new app.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const copilotServer = (options) => switchSiteServer(COPILOT_SITE, options);
