// What is left for the user after a prefill, one list for the page's panel and the
// popup alike. Without a report (no form found) every step is the user's.
import type { MessageKey } from './message-keys';
import { TODOS, type PrefillReport, type Todo } from './objection-terms';

const settled = (r: string) => r === 'done' || r === 'already' || r === 'kept';

export function leftToDo(report: PrefillReport | null): Todo[] {
  if (!report) return [...TODOS];
  const todo: Todo[] = [];
  if (!settled(report.option)) todo.push('choose-option');
  if (!settled(report.confirmation)) todo.push('tick-box');
  // A field we could not find may still be on the form under another label: the user checks it.
  if (!settled(report.firstName) || !settled(report.lastName)) todo.push('type-name');
  if (!settled(report.email)) todo.push('type-email');
  if (report.captcha === 'present') todo.push('prove-human');
  todo.push('press-submit');
  return todo;
}

/** Ready: nothing but what only the user may do (the reCAPTCHA and Submit). */
export function isReady(report: PrefillReport): boolean {
  return leftToDo(report).every((t) => t === 'prove-human' || t === 'press-submit');
}

/** The message key of each step, and which exact form text it quotes for copying. */
const TODO_TEXT: Record<Todo, { message: MessageKey; copy: 'option' | 'confirmation' | null }> = {
  'choose-option': { message: 'panelTodoOption', copy: 'option' },
  'tick-box': { message: 'panelTodoBox', copy: 'confirmation' },
  'type-name': { message: 'panelTodoName', copy: null },
  'type-email': { message: 'panelTodoEmail', copy: null },
  'prove-human': { message: 'panelTodoCaptcha', copy: null },
  'press-submit': { message: 'panelTodoSubmit', copy: null },
};

interface TodoItem {
  todo: Todo;
  /** The translated message's key. */
  message: MessageKey;
  /** The form text the step quotes, with a copy button. */
  copy: 'option' | 'confirmation' | null;
}

/** The to-do list as both the page's panel and the popup show it. */
export function todoItems(report: PrefillReport | null): TodoItem[] {
  return leftToDo(report).map((todo) => ({ todo, ...TODO_TEXT[todo] }));
}
