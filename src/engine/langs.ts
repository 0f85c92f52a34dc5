// The seven languages the extension's texts and LinkedIn's labels are known in.
export const UI_LANGS = ['en', 'fr', 'de', 'nl', 'it', 'pt', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];
