// What makes a receipt: the user's own submit of the run's form, then the site's answer to
// it. A page can write any words anywhere, and can submit its own form from a script, but
// only the user's click or key makes a trusted event. So a receipt needs a trusted submit
// of the run's form or a trusted click on its Submit; then (for a form whose confirmation
// replaces it, Meta's) the confirmation's words, read only from what took the form's place,
// never from the rest of the page.
import { visibleText } from '../page/visible';
import { waitFor } from '../page/wait';
import { type ObjectionForm, textsFor } from './model';
import { findSubmit } from './prefill';
import { saysConfirmation } from './receipt';

/** The user has minutes to check the form and submit it; a forgotten tab is not watched for half an hour. */
export const CONFIRM_WAIT_MS = 5 * 60_000;
/** The confirmation watch looks at most this often, whatever the page does (as the switch waits do). */
export const CONFIRM_PACE_MS = 250;

interface UserSubmit {
  /** What took the form's place since the user's submit, as text; null while the form is still in the page. */
  replacement(): string | null;
  stop(): void;
}

/**
 * Watch for the user's own submit of `form`: a trusted click on its Submit (`submitOf`, when
 * recognised), or a submit of the form in the same task as a trusted click inside it (a Send
 * button we do not recognise; Enter in a field clicks the form's default button, trusted). A submit event alone is no proof:
 * the browser fires it trusted for a page's own `form.requestSubmit()` too.
 */
export function watchUserSubmit(form: Element, submitOf: () => Element | null): UserSubmit {
  const doc = form.ownerDocument;
  // The form's parent at the submit, and its children then: what is added to it afterwards replaced the form.
  let place: Element | null = null;
  let before = new Set<Element>();
  let gesture = false;
  const mark = (event: Event) => {
    const target = event.target as Node;
    if (event.type === 'submit' ? target === form && gesture : event.isTrusted && submitOf()?.contains(target)) {
      place = form.parentElement;
      before = new Set(place?.children);
    } else if (event.isTrusted && form.contains(target)) {
      gesture = true;
      setTimeout(() => {
        gesture = false;
      });
    }
  };
  // Captured at the document, before the page's own handlers can swap the form out.
  for (const type of EVENTS) doc.addEventListener(type, mark, true);
  return {
    replacement: () =>
      place && !form.isConnected
        ? [...place.children]
            .filter((child) => !before.has(child))
            .map(visibleText)
            .join(' ')
        : null,
    stop: () => {
      for (const type of EVENTS) doc.removeEventListener(type, mark, true);
    },
  };
}

const EVENTS = ['submit', 'click'];

/**
 * After the prefill, on the run's form (`root`): the text of what replaced the form once the
 * user submitted it and that text says the confirmation's words (Meta's); false as soon as the
 * page leaves the form's address (`onForm`); null after CONFIRM_WAIT_MS. A form with its own
 * confirmation page (LinkedIn's) gets its receipt there, when that page loads (the worker
 * checks the tab's URL). Each look reads only the form's place, and looks are paced: a page
 * that changes every frame costs a few cheap looks a second.
 */
export async function waitForConfirmation(root: Element, form: ObjectionForm, onForm: () => boolean): Promise<string | false | null> {
  const doc = root.ownerDocument;
  const user = watchUserSubmit(root, () => findSubmit(root, form));
  const texts = textsFor(form.doneTexts ?? {}, doc.documentElement.lang || 'en');
  const outcome = await waitFor(
    root.parentElement ?? doc,
    () => {
      if (!onForm()) return false;
      const text = user.replacement();
      return text !== null && saysConfirmation(text, texts) ? text : null;
    },
    CONFIRM_WAIT_MS,
    undefined,
    undefined,
    { minIntervalMs: CONFIRM_PACE_MS },
  );
  user.stop();
  return outcome;
}
