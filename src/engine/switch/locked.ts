// A control the page shows but lets no one change (disabled), already in its protected
// state: WordPress.com disables and ticks "Prevent third-party sharing" while "Discourage
// search engines" is on, which protects the site already. Such a control is never a
// candidate for a click (locate.ts takes enabled ones only); this reads it, once the wait
// for an enabled one has nothing, as "already protected". A locked control in its exposed
// state is not read here: the load says "not found", never a false "done". Only for a row
// whose box protects when ticked: a switch that protects when off may be drawn disabled and
// off while its page loads, which says nothing of what was saved.
import type { SettingRow } from '../model';
import { isEnabled, isRendered } from '../page/dom';
import { fitOf, pickBest } from '../page/pick';
import { openRoots, queryAll } from '../page/roots';
import { exposureOf } from './exposure';
import { allLabels } from './labels';
import { hookSelector, SWITCH_SELECTOR } from './locate';
import { isNegated } from '../page/text';
import { labelOf } from '../page/names';

/** Is the setting's control shown disabled and protected (one such control, by its hook or else its label)? */
export function lockedProtected(doc: Document, setting: SettingRow): boolean {
  if (setting.protective !== 'on') return false;
  const roots = openRoots(doc);
  const locked = (selector: string) => queryAll(roots, selector).filter((el) => el.matches(SWITCH_SELECTOR) && isRendered(el) && !isEnabled(el));
  const selector = hookSelector(setting);
  const hooked = selector === null ? [] : locked(selector).filter((el) => !isNegated(labelOf(el)));
  const picked = hooked.length > 0 ? hooked : pickOne(locked(SWITCH_SELECTOR), setting);
  return picked.length === 1 && exposureOf(picked[0]!, setting) === 'off';
}

const pickOne = (els: Element[], setting: SettingRow): Element[] => {
  const picked = pickBest(els, (el) => fitOf(el, allLabels(setting)));
  return picked.kind === 'one' ? [picked.item] : [];
};
