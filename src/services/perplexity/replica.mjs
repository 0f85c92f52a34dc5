// A replica of Perplexity's preferences page, for the browser tests: the one switch that
// matters among others, on the shared machinery of tests/fixtures/switch-site.mjs (saving,
// signing out, the page's language; its server API is described there).
//
// Modelled only on ./facts.md (www.perplexity.ai cannot be reached from the build machines),
// and independent of the service's data (./service.ts): a typo there cannot pass its own test.
// What the facts give: the switch's English label in both wordings and its description; the
// page's path is the facts' likely one (UNVERIFIED). EVERYTHING ELSE IS INVENTED and marked so
// below: the markup, the other switches on the page (decoys that must never be clicked), the
// title, every French text, and the signed-out visitor's redirect to /login (LOW).
import { switchSiteServer } from '../../../tests/fixtures/switch-site.mjs';

/** @type {import('../../../tests/fixtures/switch-site.mjs').SwitchSite} */
export const PERPLEXITY_SITE = {
  name: 'Perplexity',
  origin: 'https://www.perplexity.ai',
  // Facts: likely, unverified.
  path: '/settings/preferences',
  // Inferred (low).
  loginPath: '/login',
  // Invented: a button role="switch" named by its visible label's id.
  markup: 'labelledby-switch',
  // Invented.
  title: { en: 'Preferences', fr: 'Préférences' },
  target: {
    id: 'ai-data-retention',
    // Facts: the label, and the older wording; the description.
    en: ['AI data retention', 'AI Data Usage'],
    // Invented.
    fr: 'Conservation des données pour l’IA',
    note: 'AI Data Retention allows Perplexity to use your searches to improve AI models. Turn this setting off if you wish to exclude your data from this process.',
  },
  decoys: [
    // Invented.
    { id: 'autosuggest', en: ['Autosuggest'], fr: 'Suggestions automatiques' },
    { id: 'homepage-widgets', en: ['Show homepage widgets'], fr: 'Afficher les widgets de la page d’accueil' },
  ],
};

/**
 * A replica www.perplexity.ai that keeps what is saved: `serveReplica(ext, perplexityServer(options))`.
 * @param {import('../../../tests/fixtures/switch-site.mjs').SwitchSiteOptions} [options]
 */
export const perplexityServer = (options) => switchSiteServer(PERPLEXITY_SITE, options);
