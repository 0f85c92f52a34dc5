// Content script for LinkedIn's help pages, in every frame (the objection form's
// markup, iframe or not, is unverified). It asks the worker what to do here; the worker
// decides from the tab's URL: prefill only on the run's TS-DPRO form (never submitting),
// read the receipt only on LinkedIn's confirmation page, in the top frame.
import { OBJECTION_FORM, textsFor } from '../core/objection-form';
import { findSubmit, looksLikeObjectionForm, prefillObjection } from '../core/objection-prefill';
import { watchCaseNumber } from '../core/objection-receipt';
import { RUN_MAX_AGE_MS } from '../core/objection-run';
import { waitFor } from '../core/wait';
import { parseObjectionReply } from '../core/replies';
import { highlightSubmit, showPanel } from './panel';
import { send } from './runtime';

const FORM_WAIT_MS = 15_000;
const CASE_WAIT_MS = 10_000; // the confirmation may render its case number late

async function main(): Promise<void> {
  const reply = parseObjectionReply(await send({ type: 'objection/begin' }).catch(() => null));
  const action = reply.action;
  const isTop = window === window.top;
  if (action === 'receipt') return sendReceipt();
  if (action === 'prefill') {
    const form = await waitFor(document, () => (looksLikeObjectionForm(document) ? true : null), FORM_WAIT_MS);
    if (form) {
      const report = await prefillObjection(document, reply);
      await send({ type: 'objection/report', found: true, report });
      const submit = findSubmit(document);
      if (submit) highlightSubmit(submit);
      showPanel(report, pageTexts());
    } else if (isTop) {
      // Only the top frame speaks for "no form": a sub-frame may still have it.
      showPanel(null, pageTexts());
      await send({ type: 'objection/report', found: false, report: null });
    }
  } else if (action !== 'watch') {
    return; // not the run's form: nothing to do here
  }
  // LinkedIn may show its confirmation without loading a new page. Each batch of changes
  // costs one look at the address, never a walk through the page.
  if (!isTop) return;
  const moved = await waitFor(
    document,
    () => (location.pathname.replace(/\/+$/, '') === OBJECTION_FORM.thankyouPath ? true : null),
    RUN_MAX_AGE_MS,
    undefined,
    { childList: true, subtree: true },
  );
  if (moved) await sendReceipt(); // the worker checks the tab's URL again
}

async function sendReceipt(): Promise<void> {
  const caseNumber = await watchCaseNumber(document, CASE_WAIT_MS);
  await send({ type: 'objection/receipt', caseNumber });
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
