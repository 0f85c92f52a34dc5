// The steps to do by hand. LinkedIn's own words for the page and the switch are quoted
// from the setting data (settings.ts), in the language of the texts shown, so there is
// one source for them; the menu words are in the messages (see the glossary).
import type { MessageKey } from '../../generated/message-keys';
import { type UiLang, uiLangOf } from '../../engine/langs';
import type { SettingRow } from '../../engine/model';
import { GENERATIVE_AI } from './switches';

/** LinkedIn's own words in this language, else in English, else our name for the setting. */
const words = (byLang: SettingRow['titles'], lang: UiLang, fallback: string): string => byLang[lang]?.[0] ?? byLang.en?.[0] ?? fallback;

/**
 * Each step as a message key and its substitutions. The AI switch's steps go through the
 * menus, as the press describes them; for the other switches (whose page titles are not
 * all known) the way there is the page's link, shown beside the steps.
 */
export function manualSteps(locale: string, setting: SettingRow = GENERATIVE_AI, name = ''): { key: MessageKey; subs: string[] }[] {
  const lang = uiLangOf(locale);
  const label: { key: MessageKey; subs: string[] } = { key: 'manualStep4', subs: [words(setting.labels, lang, name)] };
  if (setting !== GENERATIVE_AI) return [{ key: 'manualStepLink', subs: [] }, label];
  return [{ key: 'manualStep1', subs: [] }, { key: 'manualStep2', subs: [] }, { key: 'manualStep3', subs: [words(setting.titles, lang, name)] }, label];
}
