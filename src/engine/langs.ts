// The seven languages the extension's texts and LinkedIn's labels are known in.
export const UI_LANGS = ['en', 'fr', 'de', 'nl', 'it', 'pt', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The UI language of a BCP 47 tag ("pt-BR" → "pt"), English when we have none. */
export function uiLangOf(locale: string): UiLang {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return UI_LANGS.find((lang) => lang === base) ?? 'en';
}
