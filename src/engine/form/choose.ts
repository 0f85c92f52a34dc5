// Choosing in a site's form: the kind of objection among the form's options (a native
// select, a radio group, a custom listbox, LinkedIn's "dyna" list items), and its
// confirmation box. Only when exactly one fits; nothing that is not ours is left open.
import { isRendered, readChecked } from '../page/dom';
import { labelOf } from '../page/names';
import { pickOne } from '../page/pick';
import { labelScore, MATCH_THRESHOLD } from '../page/text';
import { waitFor } from '../page/wait';
import type { ObjectionForm } from './model';
import type { ChoiceResult, Control } from './terms';
import { userClick, writeValue } from './write';

const all = (table: Partial<Record<string, readonly string[]>> | undefined) => Object.values(table ?? {}).flat() as string[];

// --- the objection type -----------------------------------------------------------

type OptionCandidate =
  | { control: 'select'; select: HTMLSelectElement; option: HTMLOptionElement }
  | { control: 'radio'; el: HTMLElement }
  | { control: 'listbox'; el: HTMLElement };

/** List options: ARIA options, and LinkedIn's "dyna" dropdown items (`li#option-<field>-<n>`). */
const LIST_OPTIONS = '[role="option"], li[id^="option-"]';

function optionText(c: OptionCandidate): string {
  if (c.control === 'select') return c.option.textContent ?? '';
  if (c.control === 'radio') return labelOf(c.el) || (c.el.closest('label')?.textContent ?? '');
  return c.el.textContent ?? '';
}

const listOptions = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(LIST_OPTIONS)].filter(isRendered);

function optionCandidates(doc: Document): OptionCandidate[] {
  const selects = [...doc.querySelectorAll('select')].filter(isRendered);
  return [
    ...selects.flatMap((select) => [...select.options].map((option) => ({ control: 'select' as const, select, option }))),
    ...[...doc.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"]')].filter(isRendered).map((el) => ({ control: 'radio' as const, el })),
    ...listOptions(doc).map((el) => ({ control: 'listbox' as const, el })),
  ];
}

function isChosen(c: OptionCandidate): boolean {
  if (c.control === 'select') return c.select.value === c.option.value && c.option.selected;
  if (c.control === 'radio') return readChecked(c.el) === true;
  return c.el.getAttribute('aria-selected') === 'true';
}

async function choose(doc: Document, c: OptionCandidate, trigger: HTMLElement | null, texts: readonly string[]): Promise<ChoiceResult> {
  if (isChosen(c)) return 'already';
  if (c.control === 'select') writeValue(c.select, c.option.value);
  else userClick(c.el);
  if (isChosen(c)) return 'done';
  // A custom dropdown may not mark the option but show it in its trigger instead.
  const shown = () => trigger !== null && labelScore(trigger.textContent ?? '', texts) >= MATCH_THRESHOLD;
  const settled = await waitFor(doc, () => (isChosen(c) || shown() ? true : null), 1_000);
  return settled ? 'done' : 'failed';
}

/** What opens a custom dropdown (its options often render only once it is open). */
export const TRIGGERS = '[role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="true"][aria-expanded]';

/** Choose the form's kind of objection (LinkedIn's: training content-generating AI models), if exactly one fits. */
export async function chooseObjection(doc: Document, form: ObjectionForm): Promise<{ result: ChoiceResult; control: Control | null }> {
  const optionTexts = all(form.option);
  const found = pickOne(optionCandidates(doc), optionText, optionTexts);
  if (found.kind === 'many') return { result: 'ambiguous', control: null };
  if (found.kind === 'one') return { result: await choose(doc, found.item, null, optionTexts), control: found.item.control };

  // Custom dropdowns often render their options only once opened: open each in turn.
  for (const trigger of [...doc.querySelectorAll<HTMLElement>(TRIGGERS)].filter(isRendered)) {
    if (trigger.tagName === 'SELECT' || trigger.tagName === 'INPUT') continue;
    userClick(trigger);
    const options = await waitFor(
      doc,
      () => {
        const list = listOptions(doc);
        return list.length ? list : null;
      },
      2_000,
    );
    const picked = pickOne(options ?? [], (el) => el.textContent ?? '', optionTexts);
    if (picked.kind === 'one') return { result: await choose(doc, { control: 'listbox', el: picked.item }, trigger, optionTexts), control: 'listbox' };
    // Not this one (or not sure): close it again and leave it as it was.
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    if (trigger.getAttribute('aria-expanded') === 'true') userClick(trigger);
    if (picked.kind === 'many') return { result: 'ambiguous', control: 'listbox' };
  }
  return { result: 'missing', control: null };
}

// --- the confirmation box ---------------------------------------------------------

export function tickConfirmation(doc: Document, form: ObjectionForm): ChoiceResult {
  const boxes = [...doc.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="checkbox"]')].filter(isRendered);
  const found = pickOne(boxes, (el) => labelOf(el) || (el.closest('label')?.textContent ?? ''), all(form.confirmation));
  if (found.kind === 'none') return 'missing';
  if (found.kind === 'many') return 'ambiguous';
  const box = found.item;
  const checked = () => readChecked(box) === true;
  if (checked()) return 'already'; // clicking again would untick it
  userClick(box);
  return checked() ? 'done' : 'failed';
}
