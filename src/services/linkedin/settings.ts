// LinkedIn's thirteen data and ads switches as data, the AI switch first: each a row (its
// page, the stable hook on its switch, its label per UI language where a source gives it);
// the engine only ever switches a row off. Their names and sentences are texts keyed by id
// (./texts.mjs). Another setting is one more row here, its texts, and a replica row
// (./replica/pages.mjs). Sources and confidence: ./facts.md.
import type { Category, SettingSpec } from '../../engine/model';

/** The AI switch: "Data for Generative AI Improvement" (high confidence: hook, path, labels). */
export const AI_SPEC = {
  id: 'generative-ai',
  path: '/mypreferences/d/settings/data-for-ai-improvement',
  hook: 'allowDataForGenerativeAI',
  hookBy: 'labelledby' as const,
  category: 'ai' as const,
  recommended: true,
  titles: {
    en: ['Data for Generative AI Improvement'],
    fr: ["Données pour l'amélioration de l'IA générative"],
    de: ['Daten zur Verbesserung generativer KI'],
    nl: ['Gegevens voor verbetering van generatieve AI'],
    it: ["Dati per migliorare l'IA generativa"],
    pt: ['Dados para aprimoramento da IA generativa'],
    es: ['Datos para mejorar la IA generativa', 'Datos para la mejora de la IA generativa'],
  },
  labels: {
    en: ['Use my data for training content creation AI models'],
    fr: [
      "Utiliser mes données pour entraîner des modèles d'IA de création de contenu",
      "Utiliser mes données pour entraîner les modèles d'IA de création de contenu",
    ],
    de: ['Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen'],
    nl: ['Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt'],
    it: ['Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti'],
    pt: ['Usar meus dados para treinar modelos de IA para criar conteúdos'],
    // Unverified: nobody has published the Spanish label; this is the likely wording.
    es: ['Usar mis datos para entrenar modelos de IA de creación de contenido'],
  },
} satisfies SettingSpec;

/** Where LinkedIn's desktop settings pages are, and their mobile web twins. */
export const DESKTOP = '/mypreferences/d/';
export const MOBILE = '/mypreferences/m/';
const D = DESKTOP;
/** One of LinkedIn's other data and ads switches: found by its hook; English labels where a source gives them (medium). */
const row = (id: string, path: string, hook: string, category: Category, label?: string, more: Partial<SettingSpec> = {}): SettingSpec => ({
  id,
  path: D + path,
  hook,
  hookBy: 'labelledby',
  category,
  recommended: true,
  titles: {},
  labels: label ? { en: [label] } : {},
  ...more,
});

/**
 * Switches on LinkedIn's data pages that exist and that we deliberately leave alone (they
 * give nothing away, or switching them off costs the member a feature): never clicked,
 * never reported as new. English labels (medium); the page slugs are unverified.
 */
export const LEFT_ALONE: readonly { label: string; slug: string }[] = [
  { label: 'Research invitations', slug: 'research-invitations' },
  { label: 'Messaging suggestions', slug: 'messaging-suggestions' },
  { label: 'Save resumes and application data', slug: 'save-resumes-and-application-data' },
];

/**
 * Every LinkedIn switch the privacy check knows, in the order it visits them: the AI switch
 * first, then data sharing, marketing, ads, cookies. A fourteenth setting is one more row
 * here, its name and sentence in ./texts.mjs, and a replica row.
 */
export const SETTING_SPECS: readonly SettingSpec[] = [
  AI_SPEC,
  row('research', 'settings/policy-and-academic-research', 'allowAnonymizedDataResearch', 'sharing', 'Use data for research'),
  // The Microsoft sharing that came with the 3 November 2025 terms. Label unpublished.
  row('partners', 'settings/share-data-with-select-partners', 'shareDataWithTrustedPartners', 'sharing'),
  row('marketing-profile', 'settings/linkedin-promotions', 'allowProfileAndActivityDataForMarketingAds', 'marketing'),
  // Tips by e-mail: no data leaves LinkedIn, so it is the user's taste, not a recommendation.
  row('marketing-emails', 'settings/linkedin-promotions', 'tipsForUsingLinkedinViaEmail', 'marketing', undefined, { recommended: false }),
  row('ads-age', 'settings/ads-by-age', 'allowAdsByAge', 'ads', 'Use your age range for ads'),
  row('ads-gender', 'settings/ads-by-gender', 'allowAdsByGender', 'ads', 'Use your gender for ads'),
  row('ads-off-linkedin', 'settings/ads-beyond-linkedin', 'allowLinkedInAudienceNetwork', 'ads', 'Ads outside of LinkedIn'),
  row('ads-business-data', 'settings/ads-interactions-with-business', 'allowUseOfThirdPartyData', 'ads', "Use data you've given to businesses"),
  row('ads-insights', 'settings/ads-related-actions', 'allowConversionTrackings', 'ads', 'Use your data for ad insights'),
  row('ads-location', 'settings/ads-inferred-location', 'allowIpToPersonalizeAds', 'ads'),
  row('ads-interests', 'interest-categories', 'adsPrivacyAllowInterestsAndBehaviors', 'ads', 'Interests and traits'),
  row('cookies', 'member-cookies', 'nonEssentialCookieConsent', 'cookies', undefined, { hookBy: 'id' }),
];

/** LinkedIn's category pages that list the data and ads settings (the ads one is unverified). */
export const CATEGORY_PATHS: readonly string[] = [`${D}categories/privacy`, `${D}categories/ads`];
