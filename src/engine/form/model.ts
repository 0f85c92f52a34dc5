// The shape of a formal objection form, as a service's folder writes it: where it is, the
// steps it has and the texts to look for. One engine (prefill.ts) works from these,
// whatever the control types. The sites' markup is mostly unverified (each service's
// facts.md): fields are found by id, autocomplete, type and tolerant label lists, and a
// field not found is left to the user with the steps by hand.
import type { UiLang } from '../langs';
import type { Todo } from './terms';

/** Texts per page language; missing languages fall back to all (textsFor). */
export type Texts = Partial<Record<UiLang, readonly string[]>>;

export type FieldKind = 'firstName' | 'lastName' | 'fullName' | 'email' | 'country' | 'explanation';

/** A text field of a form: its strongest hooks first, then its label in any language. */
export interface FormField {
  kind: FieldKind;
  /** The element id the form's engine gives it, when known. */
  id?: string;
  /** Its `autocomplete` token, when a form sets one. */
  autocomplete?: string;
  labels: readonly string[];
}

export interface ObjectionForm {
  /** Our own name for the form, unique across services; the key of its record. */
  id: string;
  /** The service it belongs to (its folder). */
  service: string;
  /** Its name, the same in every language ("Facebook"). */
  name: string;
  origin: string;
  path: string;
  /** The option to choose among the kinds of objection, if the form has that step. */
  option?: Texts;
  /** The box to tick, if the form has one. */
  confirmation?: Texts;
  fields: readonly FormField[];
  /** The id of its Submit button, when known (it is outlined, never pressed). */
  submitId?: string;
  /** Ids only this form's engine uses: one of them on a page means the form is there. */
  hooks: readonly string[];
  /** The confirmation's own page, or null: the confirmation replaces the form on its page. */
  thankyouPath: string | null;
  /** What the confirmation shown in place of the form says (forms without a page of their own). */
  doneTexts?: Texts;
  /** What the user may have to do, in the order they meet it on the form (todo.ts). */
  steps: readonly Todo[];
}

/** Whether the form has a field of this kind (and so takes that detail of the user's). */
export const hasField = (form: ObjectionForm, kind: FieldKind): boolean => form.fields.some((f) => f.kind === kind);

/** The form's own address. */
export const formUrl = (form: ObjectionForm): string => form.origin + form.path;

/** The texts to use for a page language, with every language as the fallback. */
export function textsFor(table: Partial<Record<UiLang, readonly string[]>>, lang: string): readonly string[] {
  const own = table[lang.slice(0, 2).toLowerCase() as UiLang];
  return own ?? Object.values(table).flat();
}
