// The settings as data, LinkedIn's here and the other services' in sites/ (every service's
// together: catalog.ts; a content script imports only its own service's rows). A setting is a
// row: its service and page, the stable hook on its switch, its label in each UI language,
// and where a dialog must be opened first, the elements to click to open it; the engine
// (locate, optout) only ever switches a row off. Supporting another setting or language
// is another row or another string, plus a replica page in tests/fixtures. Sources and
// confidence: docs/linkedin-facts.md, docs/services-facts.md.
import { family } from '../../engine/switch/labels';
import type { UiLang } from '../../engine/langs';
import type { MessageKey } from '../../generated/message-keys';
import type { ServiceId } from '../index';

/** What a setting gives away when it is on, as the privacy check groups them. */
export const CATEGORIES = ['ai', 'sharing', 'marketing', 'ads', 'cookies'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface SettingRow {
  /** Our own name for the setting; the key of its record in storage. */
  id: string;
  service: ServiceId;
  /** Path of the settings page on the service's origin (with its `#hash` where the page is a hash route). */
  path: string;
  /**
   * The stable hook on its switch: the value of `aria-labelledby` (LinkedIn: high
   * confidence, seen in working code), `aria-describedby`, `data-testid`, or for
   * `hookBy: 'id'` the switch's own `id`. Null: no stable hook; the label alone finds it.
   */
  hook: string | null;
  hookBy: 'labelledby' | 'describedby' | 'testid' | 'id';
  /**
   * Where the switch is in a dialog: the selectors of what opens it, clicked in order, each
   * only while the switch is not yet shown. The only other clicks the engine ever makes.
   */
  open?: readonly string[];
  category: Category;
  /** Ticked by default in the privacy check: switching it off costs the member nothing. */
  recommended: boolean;
  /** Our name for it in the extension's pages, and one sentence on what it does when on. */
  name: MessageKey;
  what: MessageKey;
  /** Page title per UI language, where a source gives it. */
  titles: Partial<Record<UiLang, readonly string[]>>;
  /** Switch label per UI language, where a source gives it (the hook is what finds the switch). */
  labels: Partial<Record<UiLang, readonly string[]>>;
}

export const GENERATIVE_AI = {
  id: 'generative-ai',
  service: 'linkedin' as const,
  path: '/mypreferences/d/settings/data-for-ai-improvement',
  hook: 'allowDataForGenerativeAI',
  hookBy: 'labelledby' as const,
  category: 'ai' as const,
  recommended: true,
  name: 'settingNameAi' as const,
  what: 'settingWhatAi' as const,
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
} satisfies SettingRow;

const D = '/mypreferences/d/';
/** One of LinkedIn's other data and ads switches: found by its hook; English labels where a source gives them (medium). */
const row = (
  id: string,
  names: [MessageKey, MessageKey],
  path: string,
  hook: string,
  category: Category,
  label?: string,
  more: Partial<SettingRow> = {},
): SettingRow => ({
  id,
  service: 'linkedin',
  name: names[0],
  what: names[1],
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
 * here, its name and sentence in the messages, and a replica page.
 */
export const SETTINGS: readonly SettingRow[] = family(
  [
    GENERATIVE_AI,
    row(
      'research',
      ['settingNameResearch', 'settingWhatResearch'],
      'settings/policy-and-academic-research',
      'allowAnonymizedDataResearch',
      'sharing',
      'Use data for research',
    ),
    // The Microsoft sharing that came with the 3 November 2025 terms. Label unpublished.
    row('partners', ['settingNamePartners', 'settingWhatPartners'], 'settings/share-data-with-select-partners', 'shareDataWithTrustedPartners', 'sharing'),
    row(
      'marketing-profile',
      ['settingNameMarketingProfile', 'settingWhatMarketingProfile'],
      'settings/linkedin-promotions',
      'allowProfileAndActivityDataForMarketingAds',
      'marketing',
    ),
    // Tips by e-mail: no data leaves LinkedIn, so it is the user's taste, not a recommendation.
    row(
      'marketing-emails',
      ['settingNameMarketingEmails', 'settingWhatMarketingEmails'],
      'settings/linkedin-promotions',
      'tipsForUsingLinkedinViaEmail',
      'marketing',
      undefined,
      { recommended: false },
    ),
    row('ads-age', ['settingNameAdsAge', 'settingWhatAdsAge'], 'settings/ads-by-age', 'allowAdsByAge', 'ads', 'Use your age range for ads'),
    row('ads-gender', ['settingNameAdsGender', 'settingWhatAdsGender'], 'settings/ads-by-gender', 'allowAdsByGender', 'ads', 'Use your gender for ads'),
    row(
      'ads-off-linkedin',
      ['settingNameAdsOffLinkedIn', 'settingWhatAdsOffLinkedIn'],
      'settings/ads-beyond-linkedin',
      'allowLinkedInAudienceNetwork',
      'ads',
      'Ads outside of LinkedIn',
    ),
    row(
      'ads-business-data',
      ['settingNameAdsBusinessData', 'settingWhatAdsBusinessData'],
      'settings/ads-interactions-with-business',
      'allowUseOfThirdPartyData',
      'ads',
      "Use data you've given to businesses",
    ),
    row(
      'ads-insights',
      ['settingNameAdsInsights', 'settingWhatAdsInsights'],
      'settings/ads-related-actions',
      'allowConversionTrackings',
      'ads',
      'Use your data for ad insights',
    ),
    row('ads-location', ['settingNameAdsLocation', 'settingWhatAdsLocation'], 'settings/ads-inferred-location', 'allowIpToPersonalizeAds', 'ads'),
    row(
      'ads-interests',
      ['settingNameAdsInterests', 'settingWhatAdsInterests'],
      'interest-categories',
      'adsPrivacyAllowInterestsAndBehaviors',
      'ads',
      'Interests and traits',
    ),
    row('cookies', ['settingNameCookies', 'settingWhatCookies'], 'member-cookies', 'nonEssentialCookieConsent', 'cookies', undefined, { hookBy: 'id' }),
  ],
  LEFT_ALONE.map((s) => s.label),
);

/** The ids ticked by default in the privacy check. */
export const RECOMMENDED: readonly string[] = SETTINGS.filter((s) => s.recommended).map((s) => s.id);

/** LinkedIn's category pages that list the data and ads settings (the ads one is unverified). */
export const CATEGORY_PATHS: readonly string[] = [`${D}categories/privacy`, `${D}categories/ads`];
