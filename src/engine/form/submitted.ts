// What makes a receipt: the user's own submit of the run's form, then the site's answer to
// it. A page can write any words anywhere, and can submit its own form from a script, but
// only the user's click or key makes a trusted event. So a receipt needs a trusted submit
// of the run's form or a trusted click on its Submit; then (for a form whose confirmation
// replaces it, Meta's) the confirmation's words, read only from what took the form's place,
// never from the rest of the page.
import { visibleText } from '../page/visible';

export interface UserSubmit {
  /** The user has submitted the run's form (a trusted submit, or a trusted click on its Submit). */
  submitted(): boolean;
  /** What took the form's place since the user's submit, as text; null while the form is still in the page. */
  replacement(): string | null;
  stop(): void;
}

/** Watch for the user's own submit of `form` (`submitOf` gives its Submit button, when known). */
export function watchUserSubmit(form: Element, submitOf: () => Element | null): UserSubmit {
  const doc = form.ownerDocument;
  // The form's parent at the submit, and its children then: what is added to it afterwards replaced the form.
  let place: Element | null = null;
  let before = new Set<Element>();
  const mark = (event: Event) => {
    const target = event.target as Node;
    const ours = event.type === 'submit' ? target === form : submitOf()?.contains(target);
    if (!event.isTrusted || !ours || !form.parentElement) return;
    place = form.parentElement;
    before = new Set(place.children);
  };
  // Captured at the document, before the page's own handlers can swap the form out.
  doc.addEventListener('submit', mark, true);
  doc.addEventListener('click', mark, true);
  return {
    submitted: () => place !== null,
    replacement: () =>
      place && !form.isConnected
        ? [...place.children]
            .filter((child) => !before.has(child))
            .map(visibleText)
            .join(' ')
        : null,
    stop: () => {
      doc.removeEventListener('submit', mark, true);
      doc.removeEventListener('click', mark, true);
    },
  };
}
