// The Save button a page needs after its box is ticked (WordPress.com's reading settings):
// the row names it per language (`save`), and it is the only other element ever clicked.
// It is looked for only in the box's own form, dialog (YouTube Studio's settings) or section
// (a page's other Save buttons save other things), by its accessible name, rendered; it is pressed once, when enabled (an app
// enables it only once the form has changed). Whether the change was saved is never read
// here: the page settles (an error alert, the box put back) and a fresh load decides.
import { inEveryLanguage } from '../langs';
import type { SettingRow } from '../model';
import { isEnabled, isRendered } from '../page/dom';
import { labelOf } from '../page/names';
import { pickOne } from '../page/pick';
import { waitFor } from '../page/wait';

const BUTTONS = 'button, [role="button"]';

/** The row's Save button beside `box` (rendered, enabled or not), or null: none, or several alike. */
export function saveButtonOf(box: Element, setting: Pick<SettingRow, 'save'>): HTMLElement | null {
  const scope = box.closest('form') ?? box.closest('dialog, [role="dialog"]') ?? box.closest('section');
  const names = inEveryLanguage(setting.save ?? {});
  if (!scope || names.length === 0) return null;
  const picked = pickOne([...scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(isRendered), labelOf, names);
  return picked.kind === 'one' ? picked.item : null;
}

/**
 * After the box's click: press its Save button once it is enabled, within `timeoutMs`.
 * True when pressed; false when it never became pressable (the fresh load will show the
 * box unsaved, and the check tries again within its three clicks).
 */
export async function pressSave(box: Element, setting: Pick<SettingRow, 'save'>, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  const doc = box.ownerDocument;
  const button = await waitFor(
    doc,
    () => {
      const found = saveButtonOf(box, setting);
      return found && isEnabled(found) ? found : null;
    },
    timeoutMs,
    signal,
  );
  if (!button) return false;
  button.click();
  return true;
}
