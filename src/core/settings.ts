// LinkedIn's pages as data. A setting is a row: where it lives, the stable hook on its
// switch, its label in each UI language, and the state we want. Supporting another
// setting or language is another row or another string here, plus a replica page in
// tests/fixtures. Sources and confidence: ../shared/linkedin-facts.md.

export const UI_LANGS = ['en', 'fr', 'de', 'nl', 'it', 'pt', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export interface SettingRow {
  /** Our own name for the setting. */
  id: string;
  /** Path of the settings page on https://www.linkedin.com. */
  path: string;
  /** Value of `aria-labelledby` on the switch (high confidence, seen in working code). */
  hook: string;
  /** Page title per UI language, as quoted by the press (used by the replica pages). */
  titles: Record<UiLang, readonly string[]>;
  /** Switch label per UI language; several transcriptions where they differ. */
  labels: Record<UiLang, readonly string[]>;
  /** The state a privacy-minded member wants. */
  want: 'off';
}

export const GENERATIVE_AI: SettingRow = {
  id: 'generative-ai',
  path: '/mypreferences/d/settings/data-for-ai-improvement',
  hook: 'allowDataForGenerativeAI',
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
  want: 'off',
};

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** The page the popup opens to audit the setting. */
export function settingUrl(setting: SettingRow): string {
  return LINKEDIN_ORIGIN + setting.path;
}

/** Every known label of a setting, all languages together. */
export function allLabels(setting: SettingRow): string[] {
  return UI_LANGS.flatMap((lang) => [...setting.labels[lang]]);
}

/**
 * Is this path the setting's page? Tolerates a trailing slash and the `/m/` (mobile
 * web) twin of the `/d/` (desktop) path, which LinkedIn uses elsewhere.
 */
export function isSettingPath(setting: SettingRow, pathname: string): boolean {
  const wanted = setting.path.replace('/mypreferences/d/', '/mypreferences/[dm]/');
  return new RegExp(`^${wanted}/?$`).test(pathname);
}

// Where LinkedIn sends a visitor who is not signed in (medium confidence).
const SIGN_IN_PATHS = [/^\/login\b/, /^\/uas\/login\b/, /^\/checkpoint\//, /^\/authwall\b/, /^\/signup\b/];

/** Is this URL one of LinkedIn's sign-in pages? */
export function isSignInUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === LINKEDIN_ORIGIN && SIGN_IN_PATHS.some((re) => re.test(parsed.pathname));
}

/** The steps to do by hand, as message keys (the popup translates them). */
export const MANUAL_STEP_KEYS = ['manualStep1', 'manualStep2', 'manualStep3', 'manualStep4'] as const;

/**
 * Words of LinkedIn's error toasts ("Something went wrong. Please try again."), all
 * languages, normalised (see text.ts). A toast is read only to catch a failed save that
 * left the switch looking off; success toasts do not contain these words.
 */
export const ERROR_WORDS = [
  'error', 'wrong', 'failed', 'unable', 'couldn', 'erreur', 'probleme', 'echec', 'reessayer', 'impossible',
  'fehler', 'fehlgeschlagen', 'fout', 'mislukt', 'errore', 'riprova', 'erro', 'falha', 'fallo', 'intentalo',
];
