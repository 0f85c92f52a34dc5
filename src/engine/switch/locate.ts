// Find a setting's switch in a document, or say why not. The stable hook comes first;
// the label is the fallback for a page where the service renamed the hook. Only rendered
// switches are candidates (a hidden stale copy is not a second switch). A hooked switch
// is refused only on positive evidence that it is something else: a negated label, or
// the label of another known setting; a label in a language we do not know is no such
// evidence. Several equally good candidates means no answer: a wrong click could change
// another setting.
import { isRendered, labelOf } from '../page/dom';
import { pickOne } from '../page/pick';
import { allLabels, otherLabels } from './labels';
import type { SettingRow } from '../model';
import { contentWords, labelScore, MATCH_THRESHOLD } from '../page/text';

export type Located = { kind: 'found'; el: HTMLElement; via: 'hook' | 'label' } | { kind: 'ambiguous'; count: number } | { kind: 'missing' };

/** What a switch can be: a native checkbox, or an element with a switch or checkbox role. */
export const SWITCH_SELECTOR = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

function renderedSwitches(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.matches(SWITCH_SELECTOR) && isRendered(el));
}

/** Positive evidence that a hooked switch is not this setting's. */
function isSomethingElse(el: HTMLElement, setting: SettingRow): boolean {
  const label = labelOf(el);
  if (!label) return false;
  if (contentWords(label).negated) return true;
  return labelScore(label, otherLabels(setting)) >= MATCH_THRESHOLD && labelScore(label, allLabels(setting)) < MATCH_THRESHOLD;
}

const HOOK_ATTRIBUTE = { labelledby: 'aria-labelledby', describedby: 'aria-describedby', testid: 'data-testid', id: 'id' } as const;

/** The selector of the setting's hook (an id-list attribute holds it among others), or null: no hook. */
export function hookSelector(setting: SettingRow): string | null {
  if (setting.hook === null) return null;
  const list = setting.hookBy === 'labelledby' || setting.hookBy === 'describedby';
  return `[${HOOK_ATTRIBUTE[setting.hookBy]}${list ? '~' : ''}="${setting.hook}"]`;
}

export function locateSwitch(doc: Document, setting: SettingRow): Located {
  const hook = hookSelector(setting);
  const hooked = hook === null ? [] : renderedSwitches(doc, hook).filter((el) => !isSomethingElse(el, setting));
  if (hooked.length === 1) return { kind: 'found', el: hooked[0]!, via: 'hook' };
  if (hooked.length > 1) return { kind: 'ambiguous', count: hooked.length };

  const picked = pickOne(renderedSwitches(doc, SWITCH_SELECTOR), labelOf, allLabels(setting));
  if (picked.kind === 'one') return { kind: 'found', el: picked.item, via: 'label' };
  return picked.kind === 'many' ? { kind: 'ambiguous', count: picked.count } : { kind: 'missing' };
}
