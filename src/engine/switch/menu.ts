// The menu step: open a control's menu, choose the one entry the row names, and answer a
// confirmation only with the button the row names (Google's "Keep activity" chip: "Turn
// off", never "Turn off and delete activity"; then "Got it"). Nothing else is clicked. A
// menu without exactly one such entry, or holding it only beside what we must avoid in the
// same words, is closed with Escape (a click elsewhere could land on something); a
// confirmation without the named button is left as it is, for the user to read.
import type { ByLang } from '../model';
import { inEveryLanguage } from '../langs';
import { isEnabled, isRendered } from '../page/dom';
import { labelOf, renderedText } from '../page/names';
import { openRoots, queryAll } from '../page/roots';
import { normalize } from '../page/text';
import { waitFor } from '../page/wait';

/** How long a menu or a confirmation gets to show after the click that opens it. */
const MENU_WAIT_MS = 3_000;

const MENUS = '[role="menu"], [role="listbox"]';
const ITEMS = '[role="menuitem"], [role="menuitemradio"], [role="option"]';
const DIALOGS = '[role="dialog"], [role="alertdialog"], dialog[open]';
const BUTTONS = 'button, [role="button"]';

/** Is this text exactly one of the words (up to case, accents and punctuation)? A near miss ("Don't turn off") is not. */
export function isOneOf(text: string, words: ByLang): boolean {
  const said = normalize(text);
  return said !== '' && inEveryLanguage(words).some((word) => normalize(word) === said);
}

/** What a menu entry or a button is called: its accessible name, or its text. */
const nameOf = (el: Element) => labelOf(el) || renderedText(el);

const rendered = (doc: Document, selector: string) => queryAll(openRoots(doc), selector).filter(isRendered);

/** Close an open menu as a person does with the keyboard (Escape), without a click. */
function pressEscape(doc: Document, menu: Element): void {
  const focused = doc.activeElement && menu.contains(doc.activeElement) ? doc.activeElement : menu;
  const Key = doc.defaultView?.KeyboardEvent ?? KeyboardEvent;
  focused.dispatchEvent(new Key('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
}

/**
 * Open `opener`'s menu and choose the entry named `item` (never one named `avoid`). Resolves
 * with true once it is clicked; false when no menu showed, or it held no single such entry
 * (then it was closed with Escape, and nothing else was clicked).
 */
export async function chooseInMenu(doc: Document, opener: HTMLElement, item: ByLang, avoid: ByLang, signal?: AbortSignal): Promise<boolean> {
  const before = new Set(rendered(doc, MENUS));
  opener.click();
  const controlled = opener.getAttribute('aria-controls');
  const menu = await waitFor(
    doc,
    () => {
      const fresh = rendered(doc, MENUS).filter((m) => !before.has(m) || m.id === controlled);
      return fresh.length === 1 ? fresh[0]! : null;
    },
    MENU_WAIT_MS,
    signal,
  );
  if (!menu) return false;
  const entries = queryAll([menu as unknown as ParentNode], ITEMS).filter((el) => isRendered(el) && isEnabled(el));
  const named = entries.filter((el) => isOneOf(nameOf(el), item) && !isOneOf(nameOf(el), avoid));
  if (named.length !== 1) {
    pressEscape(doc, menu);
    return false;
  }
  named[0]!.click();
  return true;
}

/**
 * After a choice: a confirmation that shows within MENU_WAIT_MS is answered with its button
 * named `confirm`, the only one ever clicked there. Resolves 'none' (no confirmation came,
 * or the control moved already), 'confirmed', or 'refused' (a dialog without that button,
 * left open). `moved` says whether the control shows a change already.
 */
export async function confirmIfAsked(
  doc: Document,
  confirm: ByLang | undefined,
  before: Set<Element>,
  moved: () => boolean,
  signal?: AbortSignal,
): Promise<'none' | 'confirmed' | 'refused'> {
  const dialog = await waitFor(doc, () => rendered(doc, DIALOGS).find((d) => !before.has(d)) ?? (moved() ? 'moved' : null), MENU_WAIT_MS, signal);
  if (dialog === null || dialog === 'moved') return 'none';
  const buttons = queryAll([dialog as unknown as ParentNode], BUTTONS).filter(
    (b) => isRendered(b) && isEnabled(b) && confirm !== undefined && isOneOf(nameOf(b), confirm),
  );
  if (buttons.length !== 1) return 'refused';
  buttons[0]!.click();
  return 'confirmed';
}

/** The dialogs shown now (a confirmation is one that was not). */
export const dialogsNow = (doc: Document): Set<Element> => new Set(rendered(doc, DIALOGS));
