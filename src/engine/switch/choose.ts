// The value step: set a control to its protective value, as a person's choice does (GitHub's
// "Enabled / Disabled" for model training). A native <select> is set to the option that
// reads as the row's `off` value, with the input and change events a person's choice fires
// (by the native setter, which a framework's own copy of the value cannot undo; its form is never submitted: the page saves as it does for the user, or not at all);
// a button listing the values in a menu goes through the menu step, without confirmation.
import type { Control } from '../model';
import { writeValue } from '../form/write';
import { chooseInMenu, isOneOf } from './menu';

type Value = Extract<Control, { kind: 'value' }>;

/** Resolves true once the protective value is chosen; false when the list holds no single such value (nothing changed). */
export async function chooseValue(doc: Document, el: HTMLElement, control: Value, signal?: AbortSignal): Promise<boolean> {
  if (el.tagName !== 'SELECT') return chooseInMenu(doc, el, control.off, control.on, signal);
  const select = el as HTMLSelectElement;
  const options = [...select.options].filter((o) => !o.disabled && isOneOf(o.text, control.off) && !isOneOf(o.text, control.on));
  if (options.length !== 1) return false;
  // The native setter and the events a person's choice fires (form/write.ts, as the forms do).
  return writeValue(select, options[0]!.value);
}
