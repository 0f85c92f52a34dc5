// Content script for the objection forms: LinkedIn's help pages (from the manifest, in
// every frame: the form's markup, iframe or not, is unverified) and Meta's forms
// (registered at run time, only once the user added Meta). It asks the worker what to do
// here; the worker decides from the tab's URL: prefill only on the run's form (never
// submitting), read the receipt only from the site's confirmation, in the top frame.
import { type ObjectionForm, textsFor } from '../engine/form/model';
import { findSubmit, prefillObjection, runForm } from '../engine/form/prefill';
import { findCaseNumber, saysConfirmation, watchCaseNumber } from '../engine/form/receipt';
import { watchUserSubmit } from '../engine/form/submitted';
import { writeOnlyWhile } from '../engine/form/write';
import { waitFor } from '../engine/page/wait';
import { type ObjectionPlan, parseObjectionReply } from '../engine/form/replies';
import { showPanel } from './panel';
import { send } from './runtime';

const FORM_WAIT_MS = 15_000;
const CASE_WAIT_MS = 10_000; // the confirmation may render its case number late
/** The user has minutes to check the form and submit it; a forgotten tab is not watched for half an hour. */
const CONFIRM_WAIT_MS = 5 * 60_000;
/** The confirmation watch looks at most this often, whatever the page does (as the switch waits do). */
const CONFIRM_PACE_MS = 250;

async function main(): Promise<void> {
  const reply = parseObjectionReply(await send({ type: 'objection/begin' }).catch(() => null));
  const action = reply.action;
  const form = reply.form;
  const isTop = window === window.top;
  if (!form || action === 'none') return; // not the run's form: nothing to do here
  if (action === 'receipt') return sendReceipt();
  // The details came for this page: an in-app move (a history push to another form) while
  // we wait or write must stop everything, so the location is asked again before each write.
  const onForm = () => location.origin === form.origin && path() === form.path;
  const root = await waitFor(document, () => (onForm() ? runForm(document, form) : false), FORM_WAIT_MS);
  if (root === false) return; // the page moved: the worker ends the run (the tab's URL changed)
  if (!root) {
    // Only the top frame speaks for "no form": a sub-frame may still have it. Nothing is watched then.
    if (isTop && action === 'prefill') {
      showPanel(null, form, pageTexts(form, reply));
      await send({ type: 'objection/report', found: false, report: null });
    }
    return;
  }
  writeOnlyWhile(() => onForm() && root.isConnected);
  if (action === 'prefill') {
    const report = await prefillObjection(document, reply, form, root);
    await send({ type: 'objection/report', found: true, report });
    showPanel(report, form, pageTexts(form, reply), findSubmit(root, form));
  }
  if (isTop) await watchConfirmation(form, root, onForm);
}

/**
 * Only the user's own submit of this form, then the site's answer, makes a receipt:
 * LinkedIn's confirmation page (reached in-app here; loaded anew, the worker checks it) or
 * what replaced Meta's form, whose words are read there and nowhere else. The watch looks
 * at the form's place, paced, and ends when the page moves or after a few minutes.
 */
async function watchConfirmation(form: ObjectionForm, root: Element, onForm: () => boolean): Promise<void> {
  const user = watchUserSubmit(root, () => findSubmit(root, form));
  const texts = textsFor(form.doneTexts ?? {}, document.documentElement.lang || 'en');
  const outcome = await waitFor(
    form.thankyouPath ? document : (root.parentElement ?? document),
    () => {
      if (form.thankyouPath && path() === form.thankyouPath) return user.submitted();
      if (!onForm()) return false;
      const text = user.replacement();
      return text !== null && saysConfirmation(text, texts) ? text : null;
    },
    CONFIRM_WAIT_MS,
    undefined,
    undefined,
    { minIntervalMs: CONFIRM_PACE_MS },
  );
  user.stop();
  if (outcome === true)
    await sendReceipt(); // the worker checks the tab's URL again
  else if (typeof outcome === 'string') await send({ type: 'objection/receipt', caseNumber: findCaseNumber(outcome) });
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
