// Find a setting's switch in a document, or say why not. The stable hook comes first;
// the label is the fallback for a page where the service renamed the hook. Only rendered,
// enabled switches are candidates (a hidden stale copy is not a second switch, and a
// disabled one cannot be changed), in the document and in open shadow roots. A switch's
// text is what a screen reader says of it: its name or its description (page/pick.ts).
// A hooked switch is refused only on positive evidence that it is something else: a
// negated label, or the label of another known setting; a label in a language we do not
// know is no such evidence. Ids are never trusted as positions: a hook with a number in it
// (X's CHECKBOX_n_LABEL) must agree with the text where the page's language has labels
// for the row, and otherwise decides alone only where the page has one such box. Several
// equally good candidates means no answer: a wrong click could change another setting.
import { isEnabled, isRendered } from '../page/dom';
import { fitOf, pickBest } from '../page/pick';
import { openRoots, queryAll } from '../page/roots';
import { allLabels, otherLabels } from './labels';
import type { SettingRow } from '../model';
import type { UiLang } from '../langs';
import { descriptionOf, labelOf } from '../page/names';
import { isNegated, MATCH_THRESHOLD } from '../page/text';

export type Located = { kind: 'found'; el: HTMLElement; via: 'hook' | 'label' } | { kind: 'ambiguous'; count: number } | { kind: 'missing' };

/** What a switch can be: a native checkbox, or an element with a switch or checkbox role. */
export const SWITCH_SELECTOR = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

type Roots = readonly (Document | ShadowRoot)[];

/** The switches a person could see and change, among the elements matching `selector`. */
export function renderedSwitches(roots: Roots, selector = SWITCH_SELECTOR): HTMLElement[] {
  return queryAll(roots, selector).filter((el) => el.matches(SWITCH_SELECTOR) && isRendered(el) && isEnabled(el));
}

/** Positive evidence that a hooked switch is not this setting's. */
function isSomethingElse(el: HTMLElement, setting: SettingRow): boolean {
  // What the switch is called, or, unnamed, what describes it (X's box described by its text).
  if (isNegated(labelOf(el) || descriptionOf(el))) return true;
  // Its own labels first: a switch that fits them is never another's, and its service's
  // other labels (hundreds, every language) need not be scored on the way to the click.
  return fitOf(el, allLabels(setting)) < MATCH_THRESHOLD && fitOf(el, otherLabels(setting)) >= MATCH_THRESHOLD;
}

const HOOK_ATTRIBUTE = { labelledby: 'aria-labelledby', describedby: 'aria-describedby', testid: 'data-testid', id: 'id' } as const;

/** The selector of the setting's hook (an id-list attribute holds it among others), or null: no hook. */
export function hookSelector(setting: SettingRow): string | null {
  if (setting.hook === null) return null;
  const list = setting.hookBy === 'labelledby' || setting.hookBy === 'describedby';
  return `[${HOOK_ATTRIBUTE[setting.hookBy]}${list ? '~' : ''}="${setting.hook}"]`;
}

/** Does the page's declared language have labels for the row? (No language declared: no.) */
function labelledHere(doc: Document, setting: SettingRow): boolean {
  const lang = doc.documentElement.lang.slice(0, 2).toLowerCase() as UiLang;
  return (setting.labels[lang]?.length ?? 0) > 0;
}

/** How many switches carry a hook of the same shape as the setting's, whatever its number (CHECKBOX_1_LABEL, CHECKBOX_2_LABEL…). */
function sameShape(switches: readonly HTMLElement[], setting: SettingRow, hook: string): number {
  const shape = new RegExp(`^${hook.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+')}$`);
  const ids = (el: HTMLElement) => el.getAttribute(HOOK_ATTRIBUTE[setting.hookBy])?.split(/\s+/) ?? [];
  return switches.filter((el) => ids(el).some((id) => shape.test(id))).length;
}

/** May a hooked switch be taken on its hook? A hook with a number in it is a position, trusted only as said above. */
function hookHolds(doc: Document, roots: Roots, el: HTMLElement, setting: SettingRow, hook: string): boolean {
  if (!/\d/.test(hook)) return true;
  if (labelledHere(doc, setting)) return fitOf(el, allLabels(setting)) >= MATCH_THRESHOLD;
  return sameShape(renderedSwitches(roots), setting, hook) === 1;
}

/** The setting's switch in `doc` (and its open shadow roots: `roots`, found again when not given). */
export function locateSwitch(doc: Document, setting: SettingRow, roots: Roots = openRoots(doc)): Located {
  const selector = hookSelector(setting);
  const hook = setting.hook ?? '';
  const hooked =
    selector === null ? [] : renderedSwitches(roots, selector).filter((el) => !isSomethingElse(el, setting) && hookHolds(doc, roots, el, setting, hook));
  if (hooked.length === 1) return { kind: 'found', el: hooked[0]!, via: 'hook' };
  if (hooked.length > 1) return { kind: 'ambiguous', count: hooked.length };

  const labels = allLabels(setting);
  const picked = pickBest(renderedSwitches(roots), (el) => fitOf(el, labels));
  if (picked.kind === 'one') return { kind: 'found', el: picked.item, via: 'label' };
  return picked.kind === 'many' ? { kind: 'ambiguous', count: picked.count } : { kind: 'missing' };
}
