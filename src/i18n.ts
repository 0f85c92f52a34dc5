// Translated texts from _locales, following the browser's language.
import browser from 'webextension-polyfill';

/** The message for `key`; the key itself if a locale lacks it, so a gap is visible. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
