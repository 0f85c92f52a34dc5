// Content script for the objection forms: LinkedIn's help pages (from the manifest, in
// every frame: the form's markup, iframe or not, is unverified) and Meta's forms
// (registered at run time, only once the user added Meta). It asks the worker what to do
// here; the worker decides from the tab's URL: prefill only on the run's form (never
// submitting), read the receipt only from the site's confirmation, in the top frame.
import { type ObjectionForm, textsFor } from '../engine/form/model';
import { findSubmit, looksLikeObjectionForm, prefillObjection } from '../engine/form/prefill';
import { showsConfirmation, watchCaseNumber } from '../engine/form/receipt';
import { RUN_MAX_AGE_MS } from '../engine/form/run';
import { waitFor } from '../engine/page/wait';
import { type ObjectionPlan, parseObjectionReply } from '../engine/form/replies';
import { highlightSubmit, showPanel } from './panel';
import { send } from './runtime';

const FORM_WAIT_MS = 15_000;
const CASE_WAIT_MS = 10_000; // the confirmation may render its case number late

async function main(): Promise<void> {
  const reply = parseObjectionReply(await send({ type: 'objection/begin' }).catch(() => null));
  const action = reply.action;
  const form = reply.form;
  const isTop = window === window.top;
  if (!form || action === 'none') return; // not the run's form: nothing to do here
  if (action === 'receipt') return sendReceipt(form);
  if (action === 'prefill') {
    const found = await waitFor(document, () => (looksLikeObjectionForm(document, form) ? true : null), FORM_WAIT_MS);
    if (found) {
      const report = await prefillObjection(document, reply, form);
      // The page first, then the report: once the report is in, the Submit button is marked
      // and the panel shown, as the report says (on a busy machine the gap was visible).
      const submit = findSubmit(document, form);
      if (submit) highlightSubmit(submit);
      showPanel(report, form, pageTexts(form, reply));
      await send({ type: 'objection/report', found: true, report });
    } else if (isTop) {
      // Only the top frame speaks for "no form": a sub-frame may still have it.
      showPanel(null, form, pageTexts(form, reply));
      await send({ type: 'objection/report', found: false, report: null });
    }
  }
  if (!isTop) return;
  // The site may show its confirmation without loading a new page. LinkedIn's has its own
  // address: each batch of changes costs one look at it, never a walk through the page.
  // Meta's replaces the form: once the Submit button has gone, its words are looked for.
  const confirmed = form.thankyouPath
    ? () => location.pathname.replace(/\/+$/, '') === form.thankyouPath
    : () => findSubmit(document, form) === null && showsConfirmation(document, textsFor(form.doneTexts ?? {}, document.documentElement.lang || 'en'));
  const moved = await waitFor(document, () => (confirmed() ? true : null), RUN_MAX_AGE_MS, undefined, { childList: true, subtree: true });
  if (moved) await sendReceipt(form); // the worker checks the tab's URL again
}

/** The case number, if the confirmation shows one: LinkedIn's page may render it late; Meta's confirmation is read as it is. */
async function sendReceipt(form: ObjectionForm): Promise<void> {
  const caseNumber = await watchCaseNumber(document, form.thankyouPath ? CASE_WAIT_MS : 0);
  await send({ type: 'objection/receipt', caseNumber });
}

/** The exact texts to copy, in the page's language where we know them, and the user's explanation. */
function pageTexts(form: ObjectionForm, plan: ObjectionPlan) {
  const lang = document.documentElement.lang || 'en';
  const first = (table: ObjectionForm['option']) => (table ? textsFor(table, lang)[0] : undefined);
  return { option: first(form.option), confirmation: first(form.confirmation), explanation: plan.explanation || undefined };
}

void main().catch((error: unknown) => {
  // Whatever broke, the options page must not wait forever: it then lists every step by hand.
  console.error('objection prefill failed', error);
  void send({ type: 'objection/report', found: false, report: null }).catch(() => {});
});
