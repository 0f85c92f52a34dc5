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

/** The form's Submit in `root` (the run's form). */
export function findSubmit(root: ParentNode, form: ObjectionForm): HTMLElement | null {
  const hooked = form.submitId ? root.querySelector<HTMLElement>(`[id="${form.submitId}"]`) : null;
  if (hooked && isRendered(hooked)) return hooked;
  const typed = [...root.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]')].filter(isRendered);
  if (typed.length === 1) return typed[0]!;
  // An <input> button has no text of its own: its word is its value (textContent is '' there, never null).
  const named = [...root.querySelectorAll<HTMLElement>('button, input[type="button"], [role="button"]')]
    .filter(isRendered)
    .filter((b) => SUBMIT_WORDS.includes(normalize(b.textContent || b.getAttribute('value') || '')));
  return named.length === 1 ? named[0]! : (typed[0] ?? null);
}

/** A reCAPTCHA ("I'm not a robot") the user must answer; we never touch it. */
export function hasCaptcha(doc: Document): boolean {
  return doc.querySelector('iframe[src*="recaptcha"], iframe[title*="reCAPTCHA" i], .g-recaptcha, [id*="recaptcha" i], [class*="recaptcha" i]') !== null;
}

// --- all together ------------------------------------------------------------------

const FORMS = 'form, [role="form"]';

/**
 * The run's form on this page: the form around one of its engine's ids; else the one form
 * holding most of its fields (a form with a choice of objections counts its controls too).
 * Null when there is none, or no single one: the user's details then go nowhere.
 */
export function runForm(doc: Document, form: ObjectionForm): Element | null {
  const hooked = form.hooks.map((id) => doc.getElementById(id)).find(Boolean);
  if (hooked) return hooked.closest(FORMS) ?? doc.body;
  let best: Element | null = null;
  let most = 0;
  for (const el of doc.querySelectorAll(FORMS)) {
    const score =
      form.fields.filter((f) => findField(el, f.kind, form)).length +
      (form.option && el.querySelector(`select, input[type="radio"], [role="radio"], ${TRIGGERS}, [role="listbox"]`) ? 1 : 0);
    if (score > most) {
      best = el;
      most = score;
    } else if (score && score === most) best = null;
  }
  return best;
}

/** Is there an objection form here at all (a frame without one stays quiet)? */
export function looksLikeObjectionForm(doc: Document, form: ObjectionForm): boolean {
  return runForm(doc, form) !== null;
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

/** Prefill the run's form: its fields are searched in `root` (the content script gives runForm's). */
export async function prefillObjection(doc: Document, profile: PrefillProfile, form: ObjectionForm, root: ParentNode = doc): Promise<PrefillReport> {
  const has = (kind: FieldKind) => hasField(form, kind);
  const report: PrefillReport = { control: null, captcha: 'absent', submit: 'missing' };
  if (form.option) {
    const { result, control } = await chooseObjection(doc, form);
    report.option = result;
    report.control = control;
  }
  if (form.confirmation) report.confirmation = tickConfirmation(doc, form);
  if (has('firstName')) Object.assign(report, fillName(root, profile.firstName, profile.lastName, form));
  if (has('email')) report.email = fillField(root, 'email', profile.email, form);
  if (has('country')) report.country = fillField(root, 'country', profile.country ? countryNames(profile.country, doc.documentElement.lang || 'en') : [], form);
  if (has('explanation')) report.explanation = fillField(root, 'explanation', profile.explanation ?? '', form);
  report.captcha = hasCaptcha(doc) ? 'present' : 'absent';
  report.submit = findSubmit(root, form) ? 'highlighted' : 'missing';
  return report;
}
