// Content script for the objection forms: LinkedIn's help pages (from the manifest, in
// every frame: the form's markup, iframe or not, is unverified) and Meta's forms
// (registered at run time, only once the user added Meta). It asks the worker what to do
// here; the worker decides from the tab's URL: prefill only on the run's form (never
// submitting), read the receipt only from the site's confirmation, in the top frame.
import { type ObjectionForm, textsFor } from '../engine/form/model';
import { findSubmit, prefillObjection, runForm } from '../engine/form/prefill';
import { findCaseNumber, watchCaseNumber } from '../engine/form/receipt';
import { waitForConfirmation } from '../engine/form/submitted';
import { writeOnlyWhile } from '../engine/form/write';
import { waitFor } from '../engine/page/wait';
import { type ObjectionPlan, parseObjectionReply } from '../engine/form/replies';
import { showPanel } from './panel';
import { send } from './runtime';

const FORM_WAIT_MS = 15_000;
const CASE_WAIT_MS = 10_000; // the confirmation may render its case number late

async function main(): Promise<void> {
  const reply = parseObjectionReply(await send({ type: 'objection/begin' }).catch(() => null));
  const action = reply.action;
  const form = reply.form;
  const isTop = window === window.top;
  if (!form || action === 'none') return; // not the run's form: nothing to do here
  if (action === 'receipt') return sendReceipt();
  // The details came for this page: an in-app move (a history push to another form) while
  // we wait or write must stop everything, so the location is asked again before each write.
  // A sub-frame has its own address (the worker checked the tab's): there, the one it had.
  const at = isTop ? form.origin + form.path : location.origin + path();
  const onForm = () => location.origin + path() === at;
  const root = await waitFor(document, () => (onForm() ? runForm(document, form) : false), FORM_WAIT_MS);
  if (!root) {
    // Moved (false): the worker ends the run, the tab's URL changed. No form (null): only the
    // top frame speaks for "no form", as a sub-frame may still have it; nothing is watched then.
    if (root === null && isTop && action === 'prefill') {
      showPanel(null, form, pageTexts(form, reply));
      await send({ type: 'objection/report', found: false, report: null });
    }
    return;
  }
  writeOnlyWhile(() => onForm() && root.isConnected);
  if (action === 'prefill') {
    const report = await prefillObjection(document, reply, form, root);
    // The page first, then the report: once the report is in, the Submit button is marked and
    // the panel shown, as the report says (on a busy machine the gap was visible).
    showPanel(report, form, pageTexts(form, reply), findSubmit(root, form));
    await send({ type: 'objection/report', found: true, report });
  }
  if (!isTop) return;
  // Meta's confirmation replaces its form (LinkedIn's has its own page, action 'receipt').
  const confirmation = await waitForConfirmation(root, form, onForm);
  if (confirmation) await send({ type: 'objection/receipt', caseNumber: findCaseNumber(confirmation) });
}

/** The page's path as the forms' data writes it (no trailing slash). */
const path = () => location.pathname.replace(/\/+$/, '');

/** LinkedIn's confirmation page: its case number, which it may render late. */
async function sendReceipt(): Promise<void> {
  await send({ type: 'objection/receipt', caseNumber: await watchCaseNumber(document, CASE_WAIT_MS) });
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
