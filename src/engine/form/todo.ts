// What is left for the user after a prefill, one list for the page's panel and the
// options page alike, in the order of the form's own steps (model.ts). Without a
// report (no form found) every step of the form is the user's.
import type { MessageKey } from '../../generated/message-keys';
import type { ObjectionForm } from './model';
import type { PrefillReport, Todo } from './terms';

const settled = (r: string | undefined) => r === 'done' || r === 'already' || r === 'kept';

/** Whether the prefill did each step (the user's own steps, reCAPTCHA and Submit, never are). */
const DID_STEP: Record<Todo, (report: PrefillReport) => boolean> = {
  'choose-option': (r) => settled(r.option),
  'tick-box': (r) => settled(r.confirmation),
  // A field we could not find may still be on the form under another label: the user checks it.
  'type-name': (r) => settled(r.firstName) && settled(r.lastName),
  'type-email': (r) => settled(r.email),
  'choose-country': (r) => settled(r.country),
  'type-explanation': (r) => settled(r.explanation),
  'prove-human': (r) => r.captcha === 'absent',
  'press-submit': () => false,
};

export function leftToDo(report: PrefillReport | null, form: ObjectionForm): Todo[] {
  return report ? form.steps.filter((todo) => !DID_STEP[todo](report)) : [...form.steps];
}

/** Ready: nothing but what only the user may do (the reCAPTCHA and Submit). */
export function isReady(report: PrefillReport, form: ObjectionForm): boolean {
  return leftToDo(report, form).every((t) => t === 'prove-human' || t === 'press-submit');
}

/** The exact texts a step quotes, for copying: the form's option and box, the user's explanation. */
export type Quote = 'option' | 'confirmation' | 'explanation';

/** The message key of each step, and which exact text it quotes for copying. */
const TODO_TEXT: Record<Todo, { message: MessageKey; copy: Quote | null }> = {
  'choose-option': { message: 'panelTodoOption', copy: 'option' },
  'tick-box': { message: 'panelTodoBox', copy: 'confirmation' },
  'type-name': { message: 'panelTodoName', copy: null },
  'type-email': { message: 'panelTodoEmail', copy: null },
  'choose-country': { message: 'panelTodoCountry', copy: null },
  'type-explanation': { message: 'panelTodoExplanation', copy: 'explanation' },
  'prove-human': { message: 'panelTodoCaptcha', copy: null },
  'press-submit': { message: 'panelTodoSubmit', copy: null },
};

interface TodoItem {
  todo: Todo;
  /** The translated message's key. */
  message: MessageKey;
  /** The text the step quotes, with a copy button. */
  copy: Quote | null;
}

/** The to-do list as both the page's panel and the options page show it. */
export function todoItems(report: PrefillReport | null, form: ObjectionForm): TodoItem[] {
  return leftToDo(report, form).map((todo) => ({ todo, ...TODO_TEXT[todo] }));
}
