// The seven languages the extension's texts, and the services' labels, are known in.
export const UI_LANGS = ['en', 'fr', 'de', 'nl', 'it', 'pt', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The UI language of a BCP 47 tag ("pt-BR" → "pt"), English when we have none. */
export function uiLangOf(locale: string): UiLang {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return UI_LANGS.find((lang) => lang === base) ?? 'en';
}

/** Every text of a table by language, in the languages' order (English first). */
export const inEveryLanguage = (texts: Partial<Record<UiLang, readonly string[]>>): string[] => UI_LANGS.flatMap((lang) => [...(texts[lang] ?? [])]);
