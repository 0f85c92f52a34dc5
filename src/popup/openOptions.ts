// The options page holds what does not fit a glance: settings, reminders, the objection,
// the clean-up and the record. The popup links to each of its sections.
import browser from 'webextension-polyfill';

const OPTIONS_PAGE = 'src/options/index.html';
export type Section = 'dashboard' | 'privacy' | 'services' | 'objection' | 'cleanup' | 'record';

/**
 * Open the options page, at a section if given. runtime.openOptionsPage cannot take a
 * hash, so a section is opened by address, in the options tab already open if there is
 * one (an extension sees its own pages' addresses without the "tabs" permission).
 */
export async function openOptions(section?: Section): Promise<void> {
  if (!section) return browser.runtime.openOptionsPage();
  const page = browser.runtime.getURL(OPTIONS_PAGE);
  const url = `${page}#${section}`;
  const [open] = await browser.tabs.query({ url: `${page}*` }).catch(() => []);
  if (open?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.id, { url, active: true });
  // Firefox for Android has no windows API, and one window.
  if (open.windowId !== undefined && browser.windows) await browser.windows.update(open.windowId, { focused: true });
}
