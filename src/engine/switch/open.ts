// Where the switch sits in a dialog (ChatGPT's): what opens it is named by the data and
// clicked in order, each opener once and only while the switch is not shown (a dialog
// already open is left as it is). These openers are the only elements besides the switch
// ever clicked. Where an opener's accessible name shows the switch's state ("Improve the
// model for everyone On"), the state is read there: a load that only reads, or finds the
// switch off, opens nothing.
import type { SettingRow } from '../model';
import { isRendered } from '../page/dom';
import { labelOf } from '../page/names';
import { openRoots, queryAll } from '../page/roots';
import { endingState, labelScore, MATCH_THRESHOLD } from '../page/text';
import { waitFor } from '../page/wait';
import { allLabels } from './labels';
import { locateSwitch } from './locate';

/** At most one look for the switch per this many ms, however busy the page. */
export const SCAN_INTERVAL_MS = 100;

/**
 * The switch's state as a control's name shows it: the row's label followed by one state
 * word; null for any other name (a bare "On" says nothing of which switch it is).
 */
export function stateInName(el: Element, setting: SettingRow): 'on' | 'off' | null {
  const name = labelOf(el);
  const state = endingState(name);
  return state !== null && labelScore(name, allLabels(setting)) >= MATCH_THRESHOLD ? state : null;
}

interface Wait {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Open what the switch sits in. `enough(state)`, told the state an opener's name shows,
 * says whether that reading is all this load needs (then nothing is opened). Resolves with
 * that state, or null: the switch is to be read on the page (shown, opened, or not found).
 */
export async function openWhereItIs(
  doc: Document,
  setting: SettingRow,
  wait: Wait,
  enough: (state: 'on' | 'off') => Promise<boolean>,
): Promise<'on' | 'off' | null> {
  for (const selector of setting.open ?? []) {
    const next = await waitFor(
      doc,
      () => {
        if (locateSwitch(doc, setting).kind !== 'missing') return 'shown';
        return queryAll(openRoots(doc), selector).find(isRendered) ?? null;
      },
      wait.timeoutMs,
      wait.signal,
      undefined,
      { minIntervalMs: SCAN_INTERVAL_MS, roots: () => openRoots(doc).slice(1) },
    );
    if (next === null || next === 'shown') return null;
    const named = stateInName(next, setting);
    if (named !== null && (await enough(named))) return named;
    next.click();
  }
  return null;
}
