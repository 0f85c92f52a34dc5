// Questions every locator asks of an element, answered once: is it rendered (could a
// person see and click it?), could a person change it, and what does a switch or box say:
// on, off, or unreadable. What it is called: ./names.ts.
import { hostOf } from './names';

/** The closest ancestor (or the element) matching `selector`, across shadow roots up to the document. */
function closestAcross(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; node = hostOf(node)) {
    const hit = node.closest(selector);
    if (hit) return hit;
  }
  return null;
}

/**
 * Rendered, as a person sees it. Not rendered: `checkVisibility()` false (display:none,
 * content-visibility), `visibility: hidden`, `inert`, `hidden` or `aria-hidden="true"`
 * on it or an ancestor, inside a `<template>` or a closed `<details>` (its summary
 * excepted). Never judged by the element's own size or opacity: design-system toggles
 * hide the native input and draw their own.
 */
export function isRendered(el: Element): boolean {
  // A switch in a web component is hidden with its host: the shadow roots are crossed.
  if (closestAcross(el, 'template, [inert], [hidden], [aria-hidden="true"]')) return false;
  const details = closestAcross(el, 'details') as HTMLDetailsElement | null;
  if (details && !details.open && !closestAcross(el, 'summary')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { contentVisibilityAuto: true, visibilityProperty: true });
  // Without checkVisibility (older engines, jsdom): the same rules from computed styles.
  // A document made with createHTMLDocument (unit tests) has no window of its own.
  const view = el.ownerDocument.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (!view) return true;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let node: Element | null = el; node; node = node.parentElement ?? hostOf(node)) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/**
 * On (true), off (false) or unreadable (null). A native checkbox's `.checked`; an ARIA
 * switch's `aria-checked`. When a native input also carries `aria-checked` and the two
 * disagree, the page contradicts itself: unreadable, and so never clicked.
 */
export function readChecked(el: Element): boolean | null {
  const aria = el.getAttribute('aria-checked');
  const ariaState = aria === 'true' ? true : aria === 'false' ? false : null;
  if (el.tagName === 'INPUT') {
    const checked = (el as HTMLInputElement).checked;
    if (aria !== null && ariaState !== checked) return null;
    return checked;
  }
  return ariaState;
}

/**
 * Could a person change it? Not when disabled (natively, or inside a disabled fieldset) or
 * marked aria-disabled, on it or around it: such a switch is never a candidate for a click.
 */
export function isEnabled(el: Element): boolean {
  return !el.matches(':disabled') && closestAcross(el, '[aria-disabled="true"]') === null;
}
