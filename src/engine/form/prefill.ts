// Prefill an objection form described as data (objection-form.ts: LinkedIn's, Meta's) by
// id, accessible role and label text, whatever the control types (native select, radio
// group, custom listbox, LinkedIn's "dyna" list items), and say exactly what is left by
// hand. The sites' forms are React apps: values are written with the native setters plus
// the events React listens to, so the form's own state holds them; options are picked with
// the events a user's click makes. It never touches the reCAPTCHA or Submit, and never
// submits: that is the user's. It chooses an option only when exactly one matches.
import { isRendered, readChecked, labelOf } from '../page/dom';

import { type FieldKind, hasField, type ObjectionForm } from './model';
import { countryNames } from './profile';
import type { ChoiceResult, Control, FillResult, PrefillReport } from './terms';
import { pickOne } from '../page/pick';
import { labelScore, MATCH_THRESHOLD, normalize } from '../page/text';
import { waitFor } from '../page/wait';

const all = (table: Partial<Record<string, readonly string[]>> | undefined) => Object.values(table ?? {}).flat() as string[];

// Only what a person could see and use is a candidate: the one rule of every locator (dom.ts).
const visible = isRendered;

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
  const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  if (el.tagName === 'SELECT') fire(el, 'input', 'change');
  else fire(el, 'input');
  return el.value === value;
}

/** The events of a user's click, in order: some dropdowns act on pointerdown or mousedown. */
export function userClick(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView ?? undefined;
  const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
  const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}

// --- the objection type -----------------------------------------------------------

type OptionCandidate =
  | { control: 'select'; select: HTMLSelectElement; option: HTMLOptionElement }
  | { control: 'radio'; el: HTMLElement }
  | { control: 'listbox'; el: HTMLElement };

/** List options: ARIA options, and LinkedIn's "dyna" dropdown items (`li#option-<field>-<n>`). */
const LIST_OPTIONS = '[role="option"], li[id^="option-"]';

function optionText(c: OptionCandidate): string {
  if (c.control === 'select') return c.option.textContent ?? '';
  if (c.control === 'radio') return labelOf(c.el) || (c.el.closest('label')?.textContent ?? '');
  return c.el.textContent ?? '';
}

const listOptions = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(LIST_OPTIONS)].filter(visible);

function optionCandidates(doc: Document): OptionCandidate[] {
  const selects = [...doc.querySelectorAll('select')].filter(visible);
  return [
    ...selects.flatMap((select) => [...select.options].map((option) => ({ control: 'select' as const, select, option }))),
    ...[...doc.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"]')].filter(visible).map((el) => ({ control: 'radio' as const, el })),
    ...listOptions(doc).map((el) => ({ control: 'listbox' as const, el })),
  ];
}

function isChosen(c: OptionCandidate): boolean {
  if (c.control === 'select') return c.select.value === c.option.value && c.option.selected;
  if (c.control === 'radio') return readChecked(c.el) === true;
  return c.el.getAttribute('aria-selected') === 'true';
}

async function choose(doc: Document, c: OptionCandidate, trigger: HTMLElement | null, texts: readonly string[]): Promise<ChoiceResult> {
  if (isChosen(c)) return 'already';
  if (c.control === 'select') writeValue(c.select, c.option.value);
  else userClick(c.el);
  if (isChosen(c)) return 'done';
  // A custom dropdown may not mark the option but show it in its trigger instead.
  const shown = () => trigger !== null && labelScore(trigger.textContent ?? '', texts) >= MATCH_THRESHOLD;
  const settled = await waitFor(doc, () => (isChosen(c) || shown() ? true : null), 1_000);
  return settled ? 'done' : 'failed';
}

const TRIGGERS = '[role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="true"][aria-expanded]';

/** Choose the form's kind of objection (LinkedIn's: training content-generating AI models), if exactly one fits. */
export async function chooseObjection(doc: Document, form: ObjectionForm): Promise<{ result: ChoiceResult; control: Control | null }> {
  const optionTexts = all(form.option);
  const found = pickOne(optionCandidates(doc), optionText, optionTexts);
  if (found.kind === 'many') return { result: 'ambiguous', control: null };
  if (found.kind === 'one') return { result: await choose(doc, found.item, null, optionTexts), control: found.item.control };

  // Custom dropdowns often render their options only once opened: open each in turn.
  for (const trigger of [...doc.querySelectorAll<HTMLElement>(TRIGGERS)].filter(visible)) {
    if (trigger.tagName === 'SELECT' || trigger.tagName === 'INPUT') continue;
    userClick(trigger);
    const options = await waitFor(
      doc,
      () => {
        const list = listOptions(doc);
        return list.length ? list : null;
      },
      2_000,
    );
    const picked = pickOne(options ?? [], (el) => el.textContent ?? '', optionTexts);
    if (picked.kind === 'one') return { result: await choose(doc, { control: 'listbox', el: picked.item }, trigger, optionTexts), control: 'listbox' };
    // Not this one (or not sure): close it again and leave it as it was.
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    if (trigger.getAttribute('aria-expanded') === 'true') userClick(trigger);
    if (picked.kind === 'many') return { result: 'ambiguous', control: 'listbox' };
  }
  return { result: 'missing', control: null };
}

// --- the confirmation box ---------------------------------------------------------

export function tickConfirmation(doc: Document, form: ObjectionForm): ChoiceResult {
  const boxes = [...doc.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="checkbox"]')].filter(visible);
  const found = pickOne(boxes, (el) => labelOf(el) || (el.closest('label')?.textContent ?? ''), all(form.confirmation));
  if (found.kind === 'none') return 'missing';
  if (found.kind === 'many') return 'ambiguous';
  const box = found.item;
  const checked = () => readChecked(box) === true;
  if (checked()) return 'already'; // clicking again would untick it
  userClick(box);
  return checked() ? 'done' : 'failed';
}

// --- text fields (name, email, country, explanation) -------------------------------------

export type { FieldKind };
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
  if (hooked?.tagName === 'INPUT' && visible(hooked)) return hooked as HTMLInputElement;
  const fields = [...doc.querySelectorAll<Field>(CONTROLS_OF[kind] ?? TEXT_INPUTS)].filter(visible);
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
function fillName(doc: Document, first: string, last: string, form: ObjectionForm): Pick<PrefillReport, 'firstName' | 'lastName'> {
  const firstName = fillField(doc, 'firstName', first, form);
  const lastName = fillField(doc, 'lastName', last, form);
  if (firstName !== 'missing' || lastName !== 'missing') return { firstName, lastName };
  const whole = first.trim() && last.trim() ? `${first.trim()} ${last.trim()}` : '';
  const full = fillField(doc, 'fullName', whole, form);
  return { firstName: full, lastName: full };
}

// --- submit and reCAPTCHA ------------------------------------------------------------

const SUBMIT_WORDS = ['submit', 'send', 'envoyer', 'soumettre', 'verzenden', 'versturen', 'senden', 'absenden', 'invia', 'inviare', 'enviar'];

export function findSubmit(doc: Document, form: ObjectionForm): HTMLElement | null {
  const hooked = form.submitId ? doc.getElementById(form.submitId) : null;
  if (hooked && visible(hooked)) return hooked;
  const typed = [...doc.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]')].filter(visible);
  if (typed.length === 1) return typed[0]!;
  // An <input> button has no text of its own: its word is its value (textContent is '' there, never null).
  const named = [...doc.querySelectorAll<HTMLElement>('button, input[type="button"], [role="button"]')]
    .filter(visible)
    .filter((b) => SUBMIT_WORDS.includes(normalize(b.textContent || b.getAttribute('value') || '')));
  return named.length === 1 ? named[0]! : (typed[0] ?? null);
}

/** A reCAPTCHA ("I'm not a robot") the user must answer; we never touch it. */
export function hasCaptcha(doc: Document): boolean {
  return doc.querySelector('iframe[src*="recaptcha"], iframe[title*="reCAPTCHA" i], .g-recaptcha, [id*="recaptcha" i], [class*="recaptcha" i]') !== null;
}

// --- all together ------------------------------------------------------------------

/** Is there an objection form here at all (a frame without one stays quiet)? */
export function looksLikeObjectionForm(doc: Document, form: ObjectionForm): boolean {
  if (form.hooks.some((id) => doc.getElementById(id) !== null)) return true;
  if (doc.querySelector('form, [role="form"]') === null) return false;
  // A form with a choice of objections has one of its controls; another, one of its fields.
  if (form.option) return doc.querySelector(`select, input[type="radio"], [role="radio"], ${TRIGGERS}, [role="listbox"]`) !== null;
  return form.fields.some((f) => findField(doc, f.kind, form) !== null);
}

/** The user's details the forms take: each form uses those it has fields for. */
export interface PrefillProfile {
  firstName: string;
  lastName: string;
  email: string;
  /** An ISO 3166 code ('FR'), or '' (forms with a country field). */
  country?: string;
  /** Forms with an explanation field. */
  explanation?: string;
}

export async function prefillObjection(doc: Document, profile: PrefillProfile, form: ObjectionForm): Promise<PrefillReport> {
  const has = (kind: FieldKind) => hasField(form, kind);
  const report: PrefillReport = { control: null, captcha: 'absent', submit: 'missing' };
  if (form.option) {
    const { result, control } = await chooseObjection(doc, form);
    report.option = result;
    report.control = control;
  }
  if (form.confirmation) report.confirmation = tickConfirmation(doc, form);
  if (has('firstName')) Object.assign(report, fillName(doc, profile.firstName, profile.lastName, form));
  if (has('email')) report.email = fillField(doc, 'email', profile.email, form);
  if (has('country')) report.country = fillField(doc, 'country', profile.country ? countryNames(profile.country, doc.documentElement.lang || 'en') : [], form);
  if (has('explanation')) report.explanation = fillField(doc, 'explanation', profile.explanation ?? '', form);
  report.captcha = hasCaptcha(doc) ? 'present' : 'absent';
  report.submit = findSubmit(doc, form) ? 'highlighted' : 'missing';
  return report;
}
