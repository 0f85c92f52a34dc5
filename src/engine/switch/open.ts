// Where the switch sits in a dialog (ChatGPT's, DeepSeek's): what opens it is named by the
// data, by selector or, where no markup is known, by the name a person reads on it (./named.ts),
// and clicked in order, each opener once and only while the switch is not shown (a dialog
// already open is left as it is; a step the page has already taken is skipped). These openers are the only elements besides the switch
// ever clicked. Where an opener's accessible name shows the switch's state ("Improve the
// model for everyone On"), the state is read there: a load that only reads, or finds the
// switch off, opens nothing.
import type { SettingRow } from '../model';
import { isRendered } from '../page/dom';
import { labelOf } from '../page/names';
import { openRoots, queryAll } from '../page/roots';
import { endingState, labelScore, MATCH_THRESHOLD } from '../page/text';
import { waitFor } from '../page/wait';
import { namedOpener } from './named';
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
  const steps = openers(setting);
  for (let i = 0; i < steps.length; ) {
    const next = await waitFor(
      doc,
      () => {
        if (locateSwitch(doc, setting).kind !== 'missing') return 'shown';
        return furthest(steps, i, openRoots(doc));
      },
      wait.timeoutMs,
      wait.signal,
      undefined,
      { minIntervalMs: SCAN_INTERVAL_MS, roots: () => openRoots(doc).slice(1) },
    );
    // Shown, not found in time, or two controls of one name: nothing (more) is clicked.
    if (next === null || next === 'shown' || next === 'several') return null;
    const named = stateInName(next.el, setting);
    if (named !== null && (await enough(named))) return named;
    next.el.click();
    i = next.step + 1;
  }
  return null;
}

/** An opener: the first rendered match of a selector, or the one control of a name. */
type Opener = (roots: (Document | ShadowRoot)[]) => HTMLElement | 'several' | null;

/** The row's openers in order: its selectors (`open`), then its named steps (`openBy`). */
function openers(setting: SettingRow): Opener[] {
  return [
    ...(setting.open ?? []).map(
      (selector): Opener =>
        (roots) =>
          queryAll(roots, selector).find(isRendered) ?? null,
    ),
    ...(setting.openBy ?? []).map(
      (names): Opener =>
        (roots) =>
          namedOpener(roots, names),
    ),
  ];
}

/**
 * The furthest opener from step `from` on that the page shows: a step the page has already
 * taken (a menu open already, a settings modal reached another way) is not clicked again,
 * and an opener the page does not have (a menu some layouts skip) is not waited for when a
 * later one is there. 'several' where a name fits more than one control: we do not guess.
 */
function furthest(steps: Opener[], from: number, roots: (Document | ShadowRoot)[]): { el: HTMLElement; step: number } | 'several' | null {
  for (let step = steps.length - 1; step >= from; step--) {
    const el = steps[step]!(roots);
    if (el !== null) return el === 'several' ? el : { el, step };
  }
  return null;
}
