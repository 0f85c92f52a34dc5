// The text fields of a site's form (name, e-mail, country, explanation): found by the
// form's own id, then autocomplete, type and label; filled only when empty, never
// overwriting what is there.
import { isRendered } from '../page/dom';
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

/** The one field for this kind on the form: its id first, then autocomplete, type, label. */
export function findField(doc: Document, kind: FieldKind, form: ObjectionForm): Field | null {
  const spec = form.fields.find((f) => f.kind === kind);
  if (!spec) return null;
  const hooked = spec.id ? doc.getElementById(spec.id) : null;
  if (hooked?.tagName === 'INPUT' && isRendered(hooked)) return hooked as HTMLInputElement;
  const fields = [...doc.querySelectorAll<Field>(CONTROLS_OF[kind] ?? TEXT_INPUTS)].filter(isRendered);
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
export function fillField(doc: Document, kind: FieldKind, value: string | readonly string[], form: ObjectionForm): FillResult {
  const field = findField(doc, kind, form);
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
export function fillName(doc: Document, first: string, last: string, form: ObjectionForm): Pick<PrefillReport, 'firstName' | 'lastName'> {
  const firstName = fillField(doc, 'firstName', first, form);
  const lastName = fillField(doc, 'lastName', last, form);
  if (firstName !== 'missing' || lastName !== 'missing') return { firstName, lastName };
  const whole = first.trim() && last.trim() ? `${first.trim()} ${last.trim()}` : '';
  const full = fillField(doc, 'fullName', whole, form);
  return { firstName: full, lastName: full };
}
