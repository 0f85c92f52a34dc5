// The popup's changes to stored values, sent to the worker, which applies them inside its
// storage queue (src/background/patch.ts): the popup never writes storage itself.
import browser from 'webextension-polyfill';
import type { Message, StatePatch } from '../protocol/messages';

function patch(patch: StatePatch): Promise<void> {
  return browser.runtime.sendMessage({ type: 'state/patch', patch } satisfies Message).then(() => undefined);
}

export const updatePrefs = (prefs: NonNullable<StatePatch['prefs']>) => patch({ prefs });
export const updateProfile = (profile: NonNullable<StatePatch['profile']>) => patch({ profile });
export const setCleanupDone = (cleanupDone: boolean) => patch({ walkthrough: { cleanupDone } });
export const dismissNotice = () => patch({ notice: null });
/** The user opened an objection e-mail to `name` as a draft: the worker notes the date, nothing else. */
export const noteDraft = (draft: NonNullable<StatePatch['draft']>) => patch({ draft });
