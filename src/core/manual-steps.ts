// The steps to do by hand. LinkedIn's own words for the page and the switch are quoted
// from the setting data (settings.ts), in the language of the texts shown, so there is
// one source for them; the menu words are in the messages (see the glossary).
import type { MessageKey } from './message-keys';
import { UI_LANGS, type UiLang } from './langs';
import { GENERATIVE_AI } from './settings';

/** The UI language of a BCP 47 tag ("pt-BR" → "pt"), English when we have none. */
export function uiLangOf(locale: string): UiLang {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return UI_LANGS.find((lang) => lang === base) ?? 'en';
}

/** Each step as a message key and its substitutions. */
export function manualSteps(locale: string): { key: MessageKey; subs: string[] }[] {
  const lang = uiLangOf(locale);
  return [
    { key: 'manualStep1', subs: [] },
    { key: 'manualStep2', subs: [] },
    { key: 'manualStep3', subs: [GENERATIVE_AI.titles[lang][0] ?? GENERATIVE_AI.titles.en[0]!] },
    { key: 'manualStep4', subs: [GENERATIVE_AI.labels[lang][0] ?? GENERATIVE_AI.labels.en[0]!] },
  ];
}
