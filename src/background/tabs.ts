// Open a service's page for the user, reusing a tab already on it.
import browser from 'webextension-polyfill';
import { samePage } from '../engine/switch/pages';

/**
 * The tab already at `url` (brought to the front if `active`), or a new one. For a reused
 * tab, call `rerun()` once the run is recorded: the reload makes its content script start
 * again and find that run.
 */
export async function openOrReuse(
  url: string,
  active: boolean,
  reuse = true,
): Promise<{ tabId: number; rerun: () => Promise<void> /** A tab of our own, not the user's: closed when its check ends. */; created: boolean }> {
  // Only a tab at that very page is reused (and reloaded): a tab whose address merely begins
  // the same way is another page, and what the user typed there would be lost. `reuse: false`:
  // never (an app's home, where the user may be typing).
  const open = reuse ? await browser.tabs.query({ url: `${new URL(url).origin}/*` }) : [];
  const [existing] = open.filter((tab) => tab.url !== undefined && samePage(tab.url, url));
  if (existing?.id === undefined) {
    const tab = await browser.tabs.create({ url, active });
    return { tabId: tab.id!, rerun: async () => {}, created: true };
  }
  const tabId = existing.id;
  if (active) await browser.tabs.update(tabId, { active: true });
  return { tabId, rerun: () => reloadTab(tabId), created: false };
}

/** Load the tab's page again from LinkedIn: a fresh load shows what LinkedIn saved. */
export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId, { bypassCache: true });
}
