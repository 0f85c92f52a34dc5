// Prefill LinkedIn's objection form by accessible role and label text, whatever the
// control types (native select, radio group, custom listbox), and say exactly what is
// left to do by hand. It never presses Submit and never submits: that declaration is the
// user's. It chooses an option only when exactly one matches the known wording.
import { labelOf } from './locate';
import { OBJECTION_FORM } from './objection-form';
import { labelScore, MATCH_THRESHOLD, normalize } from './text';
import { waitFor } from './wait';

export type ChoiceResult = 'done' | 'already' | 'missing' | 'ambiguous' | 'failed';
export type FillResult = 'done' | 'kept' | 'no-value' | 'missing';

export interface PrefillReport {
  option: ChoiceResult;
  control: 'select' | 'radio' | 'listbox' | null;
  confirmation: ChoiceResult;
  name: FillResult;
  email: FillResult;
  submit: 'highlighted' | 'missing';
}

/** What is left for the user, in order. Submit is always theirs. */
export type Todo = 'choose-option' | 'tick-box' | 'type-name' | 'type-email' | 'press-submit';

export function leftToDo(r: PrefillReport): Todo[] {
  const todo: Todo[] = [];
  if (r.option !== 'done' && r.option !== 'already') todo.push('choose-option');
  if (r.confirmation !== 'done' && r.confirmation !== 'already') todo.push('tick-box');
  if (r.name === 'no-value') todo.push('type-name');
  if (r.email === 'no-value') todo.push('type-email');
  todo.push('press-submit');
  return todo;
}

const all = (table: Partial<Record<string, readonly string[]>>) => Object.values(table).flat() as string[];
const OPTION_TEXTS = all(OBJECTION_FORM.option);
const CONFIRMATION_TEXTS = all(OBJECTION_FORM.confirmation);

/** Pick the one element whose text matches, or say none / several. */
function pickOne<T>(items: T[], text: (item: T) => string, known: readonly string[]): { kind: 'one'; item: T } | { kind: 'none' } | { kind: 'many' } {
  const scored = items.map((item) => ({ item, score: labelScore(text(item), known) })).filter((c) => c.score >= MATCH_THRESHOLD);
  if (scored.length === 1) return { kind: 'one', item: scored[0]!.item };
  if (scored.length === 0) return { kind: 'none' };
  const exact = scored.filter((c) => c.score === 1);
  return exact.length === 1 ? { kind: 'one', item: exact[0]!.item } : { kind: 'many' };
}

const visible = (el: Element) => el.closest('[hidden], [aria-hidden="true"]') === null;

function fire(el: Element, ...types: string[]) {
  for (const type of types) el.dispatchEvent(new Event(type, { bubbles: true }));
}

// --- the objection type -----------------------------------------------------------

type OptionCandidate =
  | { control: 'select'; select: HTMLSelectElement; option: HTMLOptionElement }
  | { control: 'radio'; el: HTMLElement }
  | { control: 'listbox'; el: HTMLElement };

function optionText(c: OptionCandidate): string {
  if (c.control === 'select') return c.option.textContent ?? '';
  if (c.control === 'radio') return labelOf(c.el) || (c.el.closest('label')?.textContent ?? '');
  return c.el.textContent ?? '';
}

function optionCandidates(doc: Document): OptionCandidate[] {
  const selects = [...doc.querySelectorAll('select')].filter(visible);
  return [
    ...selects.flatMap((select) => [...select.options].map((option) => ({ control: 'select' as const, select, option }))),
    ...[...doc.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"]')].filter(visible).map((el) => ({ control: 'radio' as const, el })),
    ...[...doc.querySelectorAll<HTMLElement>('[role="option"]')].filter(visible).map((el) => ({ control: 'listbox' as const, el })),
  ];
}

function isChosen(c: OptionCandidate): boolean {
  if (c.control === 'select') return c.select.value === c.option.value && c.option.selected;
  if (c.control === 'radio') return c.el.tagName === 'INPUT' ? (c.el as HTMLInputElement).checked : c.el.getAttribute('aria-checked') === 'true';
  return c.el.getAttribute('aria-selected') === 'true';
}

async function choose(doc: Document, c: OptionCandidate, trigger: HTMLElement | null): Promise<ChoiceResult> {
  if (isChosen(c)) return 'already';
  if (c.control === 'select') {
    c.select.value = c.option.value;
    c.option.selected = true;
    fire(c.select, 'input', 'change');
  } else {
    c.el.click();
  }
  if (isChosen(c)) return 'done';
  // A custom dropdown may not mark the option but show it in its trigger instead.
  const shown = trigger && labelScore(trigger.textContent ?? '', OPTION_TEXTS) >= MATCH_THRESHOLD;
  if (shown) return 'done';
  const settled = await waitFor(doc, () => (isChosen(c) ? true : null), 1_000);
  return settled ? 'done' : 'failed';
}

const TRIGGERS = '[role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="true"][aria-expanded]';

/** Choose the objection for training content-generating AI models, if exactly one fits. */
export async function chooseObjection(doc: Document): Promise<{ result: ChoiceResult; control: PrefillReport['control'] }> {
  const found = pickOne(optionCandidates(doc), optionText, OPTION_TEXTS);
  if (found.kind === 'many') return { result: 'ambiguous', control: null };
  if (found.kind === 'one') return { result: await choose(doc, found.item, null), control: found.item.control };

  // Custom dropdowns often render their options only once opened: open each in turn.
  for (const trigger of [...doc.querySelectorAll<HTMLElement>(TRIGGERS)].filter(visible)) {
    if (trigger.tagName === 'SELECT') continue;
    trigger.click();
    const options = await waitFor(
      doc,
      () => {
        const list = [...doc.querySelectorAll<HTMLElement>('[role="option"]')].filter(visible);
        return list.length ? list : null;
      },
      2_000,
    );
    const picked = pickOne(options ?? [], (el) => el.textContent ?? '', OPTION_TEXTS);
    if (picked.kind === 'one') return { result: await choose(doc, { control: 'listbox', el: picked.item }, trigger), control: 'listbox' };
    // Not this one (or not sure): close it again and leave it as it was.
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    if (trigger.getAttribute('aria-expanded') === 'true') trigger.click();
    if (picked.kind === 'many') return { result: 'ambiguous', control: 'listbox' };
  }
  return { result: 'missing', control: null };
}

// --- the confirmation box ---------------------------------------------------------

export function tickConfirmation(doc: Document): ChoiceResult {
  const boxes = [...doc.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="checkbox"]')].filter(visible);
  const found = pickOne(boxes, (el) => labelOf(el) || (el.closest('label')?.textContent ?? ''), CONFIRMATION_TEXTS);
  if (found.kind === 'none') return 'missing';
  if (found.kind === 'many') return 'ambiguous';
  const box = found.item;
  const checked = () => (box.tagName === 'INPUT' ? (box as HTMLInputElement).checked : box.getAttribute('aria-checked') === 'true');
  if (checked()) return 'already'; // clicking again would untick it
  box.click();
  return checked() ? 'done' : 'failed';
}

// --- name and email ---------------------------------------------------------------

function fieldText(el: HTMLElement): string {
  return [labelOf(el), el.getAttribute('placeholder') ?? ''].join(' ').trim();
}

function findField(doc: Document, kind: 'name' | 'email'): HTMLInputElement | null {
  const fields = [...doc.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"], input[type="email"]')].filter(visible);
  const byAutocomplete = fields.filter((f) => f.autocomplete === kind);
  if (byAutocomplete.length === 1) return byAutocomplete[0]!;
  if (kind === 'email') {
    const typed = fields.filter((f) => f.type === 'email');
    if (typed.length === 1) return typed[0]!;
  }
  const found = pickOne(fields, fieldText, kind === 'name' ? OBJECTION_FORM.nameLabels : OBJECTION_FORM.emailLabels);
  return found.kind === 'one' ? found.item : null;
}

/** Fill an empty field with the user's own value; never overwrite what is there. */
export function fillField(doc: Document, kind: 'name' | 'email', value: string): FillResult {
  const field = findField(doc, kind);
  if (!field) return 'missing';
  if (field.value.trim() !== '') return 'kept';
  if (!value.trim()) return 'no-value';
  field.focus();
  field.value = value.trim();
  fire(field, 'input', 'change');
  return 'done';
}

// --- submit ------------------------------------------------------------------------

const SUBMIT_WORDS = ['submit', 'send', 'envoyer', 'soumettre', 'verzenden', 'versturen', 'senden', 'absenden', 'invia', 'inviare', 'enviar'];

export function findSubmit(doc: Document): HTMLElement | null {
  const typed = [...doc.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]')].filter(visible);
  if (typed.length === 1) return typed[0]!;
  const named = [...doc.querySelectorAll<HTMLElement>('button, [role="button"]')]
    .filter(visible)
    .filter((b) => SUBMIT_WORDS.includes(normalize(b.textContent ?? b.getAttribute('value') ?? '')));
  return named.length === 1 ? named[0]! : (typed[0] ?? null);
}

// --- the receipt ---------------------------------------------------------------------

const CASE_NUMBER = /(?:case|ticket|request|reference|dossier|demande|référence|numéro|zaak|fall|vorgang)\s*(?:number|no\.?|nr\.?|n°|#|nummer|numéro)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,30})/i;

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE']);

/**
 * The text a reader sees, without layout: script and data blocks (where LinkedIn keeps
 * translations of every message, "received" ones included) and hidden parts are skipped.
 */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : INVISIBLE.has((node as Element).tagName) || (node as Element).matches('[hidden], [aria-hidden="true"]')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

/** LinkedIn's confirmation after the user submitted, with a case number if shown. */
export function findReceipt(doc: Document): { caseNumber: string | null } | null {
  const text = doc.body ? visibleText(doc.body) : '';
  const plain = normalize(text);
  if (!OBJECTION_FORM.receiptPhrases.some((p) => plain.includes(normalize(p)))) return null;
  const match = CASE_NUMBER.exec(text);
  return { caseNumber: match && /\d/.test(match[1]!) ? match[1]! : null };
}

// --- all together ------------------------------------------------------------------

/** Is there an objection form here at all (a frame without one stays quiet)? */
export function looksLikeObjectionForm(doc: Document): boolean {
  return doc.querySelector('form, [role="form"]') !== null && (doc.querySelector(`select, input[type="radio"], [role="radio"], ${TRIGGERS}, [role="listbox"]`) !== null);
}

export async function prefillObjection(doc: Document, profile: { name: string; email: string }): Promise<PrefillReport> {
  const { result: option, control } = await chooseObjection(doc);
  const confirmation = tickConfirmation(doc);
  const name = fillField(doc, 'name', profile.name);
  const email = fillField(doc, 'email', profile.email);
  const submit = findSubmit(doc) ? 'highlighted' : 'missing';
  return { option, control, confirmation, name, email, submit };
}
