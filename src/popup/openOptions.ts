// The options page holds what does not fit a glance: settings, reminders, the objection,
// the clean-up and the record. The popup links to each of its sections.
import browser from 'webextension-polyfill';

export const OPTIONS_PAGE = 'src/options/index.html';
export const SECTIONS = ['settings', 'reminders', 'objection', 'cleanup', 'record'] as const;
export type Section = (typeof SECTIONS)[number];

/** Open the options page, at a section if given (openOptionsPage cannot take a hash). */
export function openOptions(section?: Section): Promise<unknown> {
  if (!section) return browser.runtime.openOptionsPage();
  return browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}#${section}`) });
}
