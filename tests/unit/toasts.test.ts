// A service's error toasts, read as an early sign that a save failed: only an alert that is
// new (or changed) since the click and speaks of an error counts. LinkedIn's own toast class
// is its data (its service's `toast`), read only when given.
import { beforeEach, describe, expect, it } from 'vitest';
import { alertsNow, newErrorAlert } from '../../src/engine/switch/toasts';
import linkedin from '../../src/services/linkedin/service';

const OWN = linkedin.toast;

let doc: Document;
beforeEach(() => {
  doc = document.implementation.createHTMLDocument('');
});

function add(html: string): Element {
  const wrap = doc.createElement('div');
  wrap.innerHTML = html;
  const el = wrap.firstElementChild!;
  doc.body.append(el);
  return el;
}

describe('alertsNow', () => {
  it('records every alert on the page with its text, and nothing else', () => {
    const a = add('<div role="alert">Saved</div>');
    const b = add('<div aria-live="assertive">Oops</div>');
    const c = add('<div class="artdeco-toast-item--error"></div>');
    add('<div aria-live="polite">Loading</div>');
    add('<p>Something went wrong</p>');
    expect(alertsNow(doc, OWN)).toEqual(
      new Map<Element, string | null>([
        [a, 'Saved'],
        [b, 'Oops'],
        [c, ''],
      ]),
    );
  });
});

describe('newErrorAlert', () => {
  it('an error alert that appears after the click counts', () => {
    const before = alertsNow(doc);
    add('<div role="alert">Something went wrong. Please try again.</div>');
    expect(newErrorAlert(doc, before)).toBe(true);
  });

  it.each([
    ['role="alert"', '<div role="alert">Error</div>'],
    ['aria-live="assertive"', '<div aria-live="assertive">Error</div>'],
    ['LinkedIn’s error toast class', '<div class="artdeco-toast-item--error">Error</div>'],
  ])('an alert made with %s counts', (_, html) => {
    const before = alertsNow(doc, OWN);
    add(html);
    expect(newErrorAlert(doc, before, OWN)).toBe(true);
  });

  it("a service's own toast class counts only for that service", () => {
    expect(OWN).toBe('.artdeco-toast-item--error');
    const before = alertsNow(doc);
    add('<div class="artdeco-toast-item--error">Error</div>');
    expect(newErrorAlert(doc, before)).toBe(false);
  });

  it('error words in a polite live region or plain text are not alerts', () => {
    const before = alertsNow(doc);
    add('<div aria-live="polite">Error</div>');
    add('<p>Error</p>');
    expect(newErrorAlert(doc, before)).toBe(false);
  });

  it('a success toast does not count', () => {
    const before = alertsNow(doc);
    add('<div role="alert">Your settings were saved</div>');
    expect(newErrorAlert(doc, before)).toBe(false);
  });

  it('an error alert already there before the click, unchanged, does not count', () => {
    add('<div role="alert">Something went wrong earlier</div>');
    const before = alertsNow(doc);
    expect(newErrorAlert(doc, before)).toBe(false);
  });

  it('an old alert whose text changes to an error counts', () => {
    const toast = add('<div role="alert">Saving…</div>');
    const before = alertsNow(doc);
    expect(newErrorAlert(doc, before)).toBe(false);
    toast.textContent = 'Unable to save your settings';
    expect(newErrorAlert(doc, before)).toBe(true);
  });

  it('an old alert whose text changes to something that is not an error does not count', () => {
    const toast = add('<div role="alert">Saving…</div>');
    const before = alertsNow(doc);
    toast.textContent = 'Saved';
    expect(newErrorAlert(doc, before)).toBe(false);
  });

  it.each([
    'Something went wrong. Please try again.',
    'We couldn’t save your changes',
    'Une erreur est survenue. Réessayez.',
    'Échec de l’enregistrement',
    'Es ist ein Fehler aufgetreten',
    'Er is iets mislukt',
    'Si è verificato un errore. Riprova.',
    'Ocorreu um erro',
    'Algo salió mal. Inténtalo de nuevo.',
  ])('reads “%s” as an error, accents and punctuation aside', (text) => {
    const before = alertsNow(doc);
    add(`<div role="alert">${text}</div>`);
    expect(newErrorAlert(doc, before)).toBe(true);
  });

  it('matches whole words only: a word that merely contains an error word is not one', () => {
    const before = alertsNow(doc);
    add('<div role="alert">Terrorwatch settings saved</div>');
    expect(newErrorAlert(doc, before)).toBe(false);
  });
});
