// A service's error toasts ("Something went wrong. Please try again."). A toast is read
// only as an early sign that a save failed; the proof either way is a fresh load of the
// page. Success toasts do not contain these words.
import { normalize } from '../page/text';

/** Words of error toasts in the seven languages, normalised (see text.ts). */
const ERROR_WORDS = new Set([
  'error',
  'wrong',
  'failed',
  'unable',
  'couldn',
  'erreur',
  'probleme',
  'echec',
  'reessayer',
  'impossible',
  'fehler',
  'fehlgeschlagen',
  'fout',
  'mislukt',
  'errore',
  'riprova',
  'erro',
  'falha',
  'fallo',
  'intentalo',
]);

const ALERTS = '[role="alert"], [aria-live="assertive"]';
/** The alerts to read: every page's, and the service's own error toast (a selector), if it has one. */
const alerts = (own?: string) => (own ? `${ALERTS}, ${own}` : ALERTS);

function isErrorAlert(el: Element): boolean {
  return normalize(el.textContent ?? '')
    .split(' ')
    .some((word) => ERROR_WORDS.has(word));
}

/** Error alerts now on the page, with their text, to tell a new one from an old one. */
export function alertsNow(doc: Document, own?: string): Map<Element, string | null> {
  return new Map([...doc.querySelectorAll(alerts(own))].map((el) => [el, el.textContent]));
}

/** Has an error alert appeared (or an old alert changed to an error) since `before`? */
export function newErrorAlert(doc: Document, before: Map<Element, string | null>, own?: string): boolean {
  return [...doc.querySelectorAll(alerts(own))].some((el) => before.get(el) !== el.textContent && isErrorAlert(el));
}
