// An opener named by the data rather than by a selector: where a service's markup is unknown
// (DeepSeek's settings, a modal with no deep link), the way to its switch is written as what
// a person reads on each control ("Settings", then "Data"), per language. Only a control that
// a person could press (a button, a link, a menu item, a tab) whose whole accessible name is
// one of those names is taken, and only when it is the one such control: two of them, and we
// do not guess which.
import type { ByLang } from '../model';
import { isEnabled, isRendered } from '../page/dom';
import { labelOf, renderedText } from '../page/names';
import { queryAll } from '../page/roots';
import { normalize } from '../page/text';

const PRESSABLE = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

/** Its accessible name: each of these controls is named by its content where nothing else names it (ARIA). */
const nameOf = (el: Element) => labelOf(el) || renderedText(el);

/** The one rendered, enabled control named one of `names` (any language), 'several', or null: none. */
export function namedOpener(roots: readonly ParentNode[], names: ByLang): HTMLElement | 'several' | null {
  const wanted = new Set(Object.values(names).flatMap((list) => (list ?? []).map(normalize)));
  const found = queryAll(roots, PRESSABLE).filter((el) => isRendered(el) && isEnabled(el) && wanted.has(normalize(nameOf(el))));
  // A control inside another of the same name (a span role="button" in a menu item) is one control.
  const outer = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  if (outer.length === 0) return null;
  return outer.length === 1 ? outer[0]! : 'several';
}
