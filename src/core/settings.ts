// LinkedIn's settings as data. A setting is a row: where it lives, the stable hook on its
// switch, its label in each UI language; the engine (locate, optout) only ever switches a
// row off. Supporting another setting or language is another row or another string here,
// plus a replica page in tests/fixtures. Sources and confidence: docs/linkedin-facts.md.
import { UI_LANGS, type UiLang } from './langs';

export interface SettingRow {
  /** Our own name for the setting; the key of its record in storage. */
  id: string;
  /** Path of the settings page on https://www.linkedin.com. */
  path: string;
  /** Value of `aria-labelledby` on the switch (high confidence, seen in working code). */
  hook: string;
  /** Page title per UI language, as quoted by the press. */
  titles: Record<UiLang, readonly string[]>;
  /** Switch label per UI language; several transcriptions where they differ. */
  labels: Record<UiLang, readonly string[]>;
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
};

/**
 * Labels of LinkedIn's other data switches (English, medium confidence): a hooked switch
 * whose label is one of these is another setting, never the target. The LinkedIn privacy
 * check will make each of them a row of its own.
 */
export const OTHER_SETTING_LABELS: readonly string[] = [
  'Use data for research',
  'Interests and traits',
  'Use your age range for ads',
  'Use your gender for ads',
  'Ads outside of LinkedIn',
  "Use data you've given to businesses",
  'Use your data for ad insights',
  'Research invitations',
  'Messaging suggestions',
  'Save resumes and application data',
];

/** Every known label of a setting, all languages together. */
export function allLabels(setting: SettingRow): readonly string[] {
  const kept = ALL_LABELS.get(setting);
  if (kept) return kept;
  const labels = UI_LANGS.flatMap((lang) => [...setting.labels[lang]]);
  ALL_LABELS.set(setting, labels);
  return labels;
}
// One list per setting, so what is scored against it can be remembered (text.ts).
const ALL_LABELS = new WeakMap<SettingRow, readonly string[]>();
