// chrome.i18n has no plurals: a plural message is stored as `base_one`, `base_other`...
// (see scripts/locales.mjs) and the form is chosen here, with the plural rules of the
// language the texts are in. A category we have no text for ("many" for a million in
// French, Spanish, Italian, Portuguese) falls back to `other`.
import { PLURALS, type PluralKey } from '../generated/message-keys';

type PluralForm<K extends PluralKey = PluralKey> = `${K}_${(typeof PLURALS)[K][number]}`;

export function pluralKey<K extends PluralKey>(key: K, count: number, locale: string): PluralForm<K> {
  const category = new Intl.PluralRules(locale).select(count);
  const forms: readonly string[] = PLURALS[key];
  return `${key}_${forms.includes(category) ? category : 'other'}` as PluralForm<K>;
}
