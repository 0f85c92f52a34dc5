// The text fields of a site's form (name, e-mail, country, explanation): found by the
// form's own id, then autocomplete, type and label, inside the run's form only (another
// form's e-mail field is not ours to fill), and only where a person could type: rendered,
// enabled and on the page. Filled only when empty, never overwriting what is there.
import { isEnabled, isRendered } from '../page/dom';
import { labelOf } from '../page/names';
import { pickOne } from '../page/pick';
import type { FieldKind, ObjectionForm } from './model';
import type { FillResult, PrefillReport } from './terms';
import { writeValue } from './write';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const TEXT_INPUTS = 'input:not([type]), input[type="text"], input[type="email"]';
/** Where each kind of field may be: a text field, and for a country a list, for an explanation a text area. */
const CONTROLS_OF: Partial<Record<FieldKind, string>> = {
  country: `${TEXT_INPUTS}, select`,
  explanation: `${TEXT_INPUTS}, textarea`,
};

function fieldText(el: HTMLElement): string {
  return [labelOf(el), el.getAttribute('placeholder') ?? ''].join(' ').trim();
}

/**
 * A field a person could type into: rendered, enabled, and not moved off the page (a field
 * placed at left: -9999px is there for scripts, not for the user).
 */
function typable(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return isRendered(el) && isEnabled(el) && Math.min(box.right + scrollX, box.bottom + scrollY) >= 0;
}

/** The one field for this kind in `root` (the run's form): its id first, then autocomplete, type, label. */
export function findField(root: ParentNode, kind: FieldKind, form: ObjectionForm): Field | null {
  const spec = form.fields.find((f) => f.kind === kind);
  if (!spec) return null;
  const hooked = spec.id ? root.querySelector(`[id="${spec.id}"]`) : null;
  if (hooked?.tagName === 'INPUT' && typable(hooked)) return hooked as HTMLInputElement;
  const fields = [...root.querySelectorAll<Field>(CONTROLS_OF[kind] ?? TEXT_INPUTS)].filter(typable);
  const byAutocomplete = fields.filter((f) => spec.autocomplete !== undefined && f.autocomplete === spec.autocomplete);
  if (byAutocomplete.length === 1) return byAutocomplete[0]!;
  if (kind === 'email') {
    const typed = fields.filter((f) => f.type === 'email');
    if (typed.length === 1) return typed[0]!;
  }
  const found = pickOne(fields, fieldText, spec.labels);
  return found.kind === 'one' ? found.item : null;
}

/** A list's current choice, unless it is its empty placeholder. */
const chosenIn = (select: HTMLSelectElement) => (select.value !== '' && select.selectedIndex > 0 ? select.value : '');

/**
 * Fill an empty field with the user's own value; never overwrite what is there. `value`
 * may name the same thing several ways (a country in the page's language and in English):
 * a list takes the one option that matches any of them, a text field the first.
 */
export function fillField(root: ParentNode, kind: FieldKind, value: string | readonly string[], form: ObjectionForm): FillResult {
  const field = findField(root, kind, form);
  if (!field) return 'missing';
  const values = (typeof value === 'string' ? [value] : value).map((v) => v.trim()).filter(Boolean);
  if ((field.tagName === 'SELECT' ? chosenIn(field as HTMLSelectElement) : field.value).trim() !== '') return 'kept';
  if (!values.length) return 'no-value';
  field.focus();
  let ok: boolean;
  if (field.tagName === 'SELECT') {
    const option = pickOne([...(field as HTMLSelectElement).options], (o) => o.textContent ?? '', values);
    ok = option.kind === 'one' && writeValue(field, option.item.value);
  } else ok = writeValue(field, values[0]!);
  field.blur();
  return ok ? 'done' : 'failed';
}

/** First and last name into their own fields; into one "full name" field only if the form has just that. */
export function fillName(root: ParentNode, first: string, last: string, form: ObjectionForm): Pick<PrefillReport, 'firstName' | 'lastName'> {
  const firstName = fillField(root, 'firstName', first, form);
  const lastName = fillField(root, 'lastName', last, form);
  if (firstName !== 'missing' || lastName !== 'missing') return { firstName, lastName };
  const whole = first.trim() && last.trim() ? `${first.trim()} ${last.trim()}` : '';
  const full = fillField(root, 'fullName', whole, form);
  return { firstName: full, lastName: full };
}
