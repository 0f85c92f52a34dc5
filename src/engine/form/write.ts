// Writing into a site's form as a person does. The sites' forms are React apps: a value is
// written with the native setter and the events React listens to, so the form's own state
// holds it; a click is the whole sequence of a user's click, for dropdowns that act on
// pointerdown or mousedown.

/**
 * Asked immediately before every write and click: is the page still the run's form? A page
 * can move in-app (a history push) while we wait or write, and another form must get
 * nothing of the user's. The content script sets it; a "no" throws, which ends the run.
 */
let stillOnForm = () => true;
export function writeOnlyWhile(test: () => boolean): void {
  stillOnForm = test;
}
function mayWrite(): void {
  if (!stillOnForm()) throw new Error('moved');
}

function fire(el: Element, ...types: string[]) {
  for (const type of types) el.dispatchEvent(new Event(type, { bubbles: true }));
}

/**
 * Write a value the way typing does, for a React "controlled" field: React keeps its own
 * copy of the value on the element, so a plain `el.value = v` is undone at its next render.
 * The prototype's setter bypasses that copy; the bubbling `input` event then reaches
 * React's onChange. Returns whether the field still holds the value afterwards.
 */
export function writeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): boolean {
  mayWrite();
  const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  if (el.tagName === 'SELECT') fire(el, 'input', 'change');
  else fire(el, 'input');
  return el.value === value;
}

/** The events of a user's click, in order: some dropdowns act on pointerdown or mousedown. */
export function userClick(el: HTMLElement): void {
  mayWrite();
  const view = el.ownerDocument.defaultView ?? undefined;
  const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
  const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}
