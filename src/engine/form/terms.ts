// The words of the formal objection, shared by the content script, the worker, the
// popup and storage. Plain constant arrays (no zod, so the content script stays small);
// src/protocol/messages.ts and src/store/schemas.ts build their zod schemas from these same
// lists: one list per idea.

/** How choosing an option or ticking a box went. */
export const CHOICE_RESULTS = ['done', 'already', 'missing', 'ambiguous', 'failed'] as const;
export type ChoiceResult = (typeof CHOICE_RESULTS)[number];

/** How filling a text field went ("kept": the page had a value already, left as it is). */
export const FILL_RESULTS = ['done', 'kept', 'no-value', 'missing', 'failed'] as const;
export type FillResult = (typeof FILL_RESULTS)[number];

/** The kinds of control the objection type was chosen with. */
export const CONTROLS = ['select', 'radio', 'listbox'] as const;
export type Control = (typeof CONTROLS)[number];

export const SUBMIT_STATES = ['highlighted', 'missing'] as const;
export const CAPTCHA_STATES = ['present', 'absent'] as const;

/** What the prefill did, field by field; a step the form does not have is absent. */
export interface PrefillReport {
  option?: ChoiceResult;
  control: Control | null;
  confirmation?: ChoiceResult;
  firstName?: FillResult;
  lastName?: FillResult;
  email?: FillResult;
  country?: FillResult;
  explanation?: FillResult;
  captcha: (typeof CAPTCHA_STATES)[number];
  submit: (typeof SUBMIT_STATES)[number];
}

/** What is left for the user, in the order they meet it on the form. */
export const TODOS = ['choose-option', 'tick-box', 'type-name', 'type-email', 'choose-country', 'type-explanation', 'prove-human', 'press-submit'] as const;
export type Todo = (typeof TODOS)[number];

/** Why a prefill run ended before the site's confirmation ('access-removed': the service's host was taken back). */
export const RUN_ENDS = ['left-form', 'tab-closed', 'expired', 'access-removed'] as const;
export type RunEnd = (typeof RUN_ENDS)[number];
