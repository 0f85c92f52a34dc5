// The worker's answers to the objection form's content script, checked by hand: it runs
// inside the sites' help pages and carries no zod. Anything unexpected means: do nothing.
import { hasShape, isByLang, isObject, isString, isStrings, optional } from '../shape';
import type { FieldKind, ObjectionForm } from './model';
import { TODOS } from './terms';

const FIELD_KINDS: readonly FieldKind[] = ['firstName', 'lastName', 'fullName', 'email', 'country', 'explanation'];
const isField = (f: unknown) =>
  hasShape(f, {
    kind: (k) => (FIELD_KINDS as readonly unknown[]).includes(k),
    id: optional(isString),
    autocomplete: optional(isString),
    labels: isStrings,
  });

/** A form as the worker sends it (its service's data), or null: not exactly a form. */
function parseForm(v: unknown): ObjectionForm | null {
  const ok = hasShape(v, {
    id: isString,
    service: isString,
    name: isString,
    origin: isString,
    path: isString,
    option: optional(isByLang),
    confirmation: optional(isByLang),
    fields: (f) => Array.isArray(f) && f.every(isField),
    submitId: optional(isString),
    hooks: isStrings,
    thankyouPath: (p) => p === null || isString(p),
    doneTexts: optional(isByLang),
    steps: (s) => Array.isArray(s) && s.every((t) => (TODOS as readonly unknown[]).includes(t)),
  });
  return ok ? (v as unknown as ObjectionForm) : null;
}

/** What the worker tells the objection form's page to do, with the user's details only for `prefill`. */
export interface ObjectionPlan {
  action: 'none' | 'prefill' | 'watch' | 'receipt';
  /** The run's form, as its service's data writes it; null with `none`. */
  form: ObjectionForm | null;
  firstName: string;
  lastName: string;
  email: string;
  country: string;
  explanation: string;
}

/** The answer that says: nothing to do here. */
export const NO_PLAN: ObjectionPlan = { action: 'none', form: null, firstName: '', lastName: '', email: '', country: '', explanation: '' };

const ACTIONS: readonly ObjectionPlan['action'][] = ['none', 'prefill', 'watch', 'receipt'];

/** The answer to `objection/begin`; anything unexpected means: do nothing here. */
export function parseObjectionReply(reply: unknown): ObjectionPlan {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const action = isObject(reply) ? ACTIONS.find((a) => a === reply.action) : undefined;
  if (!action || !isObject(reply)) return NO_PLAN;
  const field = (key: keyof ObjectionPlan) => text(reply[key]);
  const form = parseForm(reply.form);
  // Every action but `none` is about a form: without one, nothing to do.
  if (!form) return NO_PLAN;
  return {
    action,
    form,
    firstName: field('firstName'),
    lastName: field('lastName'),
    email: field('email'),
    country: field('country'),
    explanation: field('explanation'),
  };
}
