// Prefill an objection form described as data (model.ts; each service's form is its data) by
// id, accessible role and label text, whatever the control types (native select, radio
// group, custom listbox, LinkedIn's "dyna" list items), and say exactly what is left by
// hand. The sites' forms are React apps: values are written with the native setters plus
// the events React listens to, so the form's own state holds them; options are picked with
// the events a user's click makes. It never touches the reCAPTCHA or Submit, and never
// submits: that is the user's. It chooses an option only when exactly one matches.
// The steps are in their own files: choosing (choose.ts), typing (fields.ts), writing as a
// person does (write.ts); here, what is on the form and the whole prefill.
import { isRendered } from '../page/dom';
import { normalize } from '../page/text';
import { chooseObjection, tickConfirmation, TRIGGERS } from './choose';
import { fillField, fillName, findField } from './fields';
import { type FieldKind, hasField, type ObjectionForm } from './model';
import { countryNames } from './profile';
import type { PrefillReport } from './terms';

// --- submit and reCAPTCHA ------------------------------------------------------------

const SUBMIT_WORDS = ['submit', 'send', 'envoyer', 'soumettre', 'verzenden', 'versturen', 'senden', 'absenden', 'invia', 'inviare', 'enviar'];

export function findSubmit(doc: Document, form: ObjectionForm): HTMLElement | null {
  const hooked = form.submitId ? doc.getElementById(form.submitId) : null;
  if (hooked && isRendered(hooked)) return hooked;
  const typed = [...doc.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]')].filter(isRendered);
  if (typed.length === 1) return typed[0]!;
  // An <input> button has no text of its own: its word is its value (textContent is '' there, never null).
  const named = [...doc.querySelectorAll<HTMLElement>('button, input[type="button"], [role="button"]')]
    .filter(isRendered)
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
