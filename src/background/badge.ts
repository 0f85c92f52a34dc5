// The toolbar badge and tooltip, redrawn from storage. Global (no tabId), so it says
// the same thing on every tab, and restored whenever the worker starts.
import browser from 'webextension-polyfill';
import { badgeFor, viewOf } from '../core/status';
import type { State } from '../storage';

export async function drawBadge(state: State, now = Date.now()): Promise<void> {
  const badge = badgeFor(viewOf(state, now));
  const text = badge.translate ? browser.i18n.getMessage(badge.text) : badge.text;
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: browser.i18n.getMessage(badge.titleKey) }),
  ]);
}
