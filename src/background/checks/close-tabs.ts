// After a check, the user is where they were (issue 36): a tab the check opened closes when
// its run ends, whichever way it ended, so the tab the user was on is the one left in front.
// A tab of the user's own that the check reused stays open; so does a tab that ended on a
// sign-in page or a checkpoint, where what the user must do next is shown.
import browser from 'webextension-polyfill';
import type { State } from '../../store/items';
import type { Run } from '../../store/schemas';
import { update } from '../../store/store';

/** The tabs to close: runs gone from the list, whose tab the check opened, that did not end signed out. */
function tabsToClose(before: readonly Run[], after: State): number[] {
  const ended = before.filter((r) => r.opened && !after.runs.some((a) => a.tabId === r.tabId));
  return ended.filter((r) => !endedSignedOut(r, after)).map((r) => r.tabId);
}

function endedSignedOut(run: Run, after: State): boolean {
  const target = run.target;
  if (!target || !('row' in target)) return false;
  return after.settings[target.row]?.audit?.outcome === 'signed-out';
}

/** `update` for anything that may end a run: the tabs the ended runs opened are closed once it is written. */
export async function updateRuns(change: (s: State) => Partial<State> | null | undefined): Promise<State> {
  let before: Run[] = [];
  const after = await update((s) => {
    before = s.runs;
    return change(s);
  });
  // A tab the user closed already is gone: nothing to do.
  await Promise.all(tabsToClose(before, after).map((tabId) => browser.tabs.remove(tabId).catch(() => undefined)));
  return after;
}
