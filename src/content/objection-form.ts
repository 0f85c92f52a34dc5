// Content script for LinkedIn's help pages, in every frame (the objection form's
// markup, iframe or not, is unverified). Only when the user pressed "Prefill" in the
// popup for this tab does it fill the form; it never submits. Afterwards it watches for
// LinkedIn's confirmation so the user's record gets the date and case number.
import { findReceipt, findSubmit, looksLikeObjectionForm, prefillObjection } from '../core/objection';
import { waitFor } from '../core/wait';
import { OBJECTION_FORM, textsFor } from '../core/objection-form';
import { send } from './runtime';
import { highlightSubmit, showPanel } from './panel';

const FORM_WAIT_MS = 15_000;
const RECEIPT_WAIT_MS = 30 * 60_000; // the user may take their time reading the form

async function main(): Promise<void> {
  const reply = (await send({ type: 'objection/begin' }).catch(() => null)) as
    | { prefill?: unknown; watchReceipt?: unknown; name?: unknown; email?: unknown }
    | null;
  if (!reply || reply.watchReceipt !== true) return; // not a tab the user asked us about
  const isTop = window === window.top;

  // The confirmation may already be here (LinkedIn moved to a "received" page).
  const receiptNow = findReceipt(document);
  if (receiptNow) return void send({ type: 'objection/receipt', caseNumber: receiptNow.caseNumber });

  if (reply.prefill === true) {
    const form = await waitFor(document, () => (looksLikeObjectionForm(document) ? true : null), FORM_WAIT_MS);
    if (!form) {
      // Only the top frame speaks for "no form": a sub-frame may still have it.
      if (isTop) {
        showPanel(null, pageTexts());
        await send({ type: 'objection/report', found: false, report: null });
      }
      return;
    }
    const profile = { name: typeof reply.name === 'string' ? reply.name : '', email: typeof reply.email === 'string' ? reply.email : '' };
    const report = await prefillObjection(document, profile);
    await send({ type: 'objection/report', found: true, report });
    const submit = findSubmit(document);
    if (submit) highlightSubmit(submit);
    showPanel(report, pageTexts());
  } else if (!looksLikeObjectionForm(document)) {
    return;
  }

  const receipt = await waitFor(document, () => findReceipt(document), RECEIPT_WAIT_MS);
  if (receipt) await send({ type: 'objection/receipt', caseNumber: receipt.caseNumber });
}

/** The exact texts to copy, in the page's language where we know them. */
function pageTexts() {
  const lang = document.documentElement.lang || 'en';
  return { option: textsFor(OBJECTION_FORM.option, lang)[0]!, confirmation: textsFor(OBJECTION_FORM.confirmation, lang)[0]! };
}

void main().catch((error: unknown) => {
  // Whatever broke, the popup must not wait forever: it then lists every step by hand.
  console.error('objection prefill failed', error);
  void send({ type: 'objection/report', found: false, report: null }).catch(() => {});
});
