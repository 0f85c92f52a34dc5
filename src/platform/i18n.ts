// Translated texts from _locales, following the browser's language.
import browser from 'webextension-polyfill';
import type { MessageKey, PluralKey } from '../generated/message-keys';
import { pluralKey } from './plural';
import { type TextPart, textKey } from './text-key';

type Subs = (string | number)[];

const message = (key: string, subs: Subs): string => browser.i18n.getMessage(key, subs.map(String)) || key;

/** The message for `key`; the key itself if a locale lacks it, so a gap is visible. */
export function t(key: MessageKey, ...substitutions: Subs): string {
  return message(key, substitutions);
}

/** A message with plural forms, chosen for `count` (the substitutions are passed as given). */
export function tn(key: PluralKey, count: number, ...substitutions: Subs): string {
  return message(pluralKey(key, count, textLocale()), substitutions);
}

/**
 * A service's own text, or one of its settings' (`name`, `what`...), from its folder's
 * texts.mjs: keyed by the owner's id, never named by the data (src/platform/text-key.ts).
 */
export function textOf(owner: { id: string }, part: TextPart, ...substitutions: Subs): string {
  return message(textKey(owner.id, part), substitutions);
}

/**
 * The language of the texts actually shown: the browser's when we have it, else the
 * default (English). Dates and numbers follow it, so a Polish browser shows English
 * texts with English dates, not "verified 3 minuty temu".
 */
export function textLocale(): string {
  return browser.i18n.getMessage('locale') || 'en';
}

/** The browser's language: our guess of the language LinkedIn shows its own pages in. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
