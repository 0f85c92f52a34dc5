// The worker's side of the formal objection: open the form for the popup, hand the
// user's own details to the form page only for that run, and keep the report and the
// receipt. The user presses Submit; we only notice LinkedIn's confirmation afterwards.
import { OBJECTION_FORM } from '../core/objection-form';
import { LINKEDIN_ORIGIN } from '../core/linkedin';
import type { Message, ObjectionBeginReply } from '../messages';
import { DPRO_FORM, objectionOf, readState, update, type Objection, type State } from '../storage';
import { openOrReuse } from './tabs';

export const FORM_URL = LINKEDIN_ORIGIN + OBJECTION_FORM.path;

/** Open the form in front (the user will check and submit it), or focus and reload it. */
/** Change the objection form's record, inside the storage queue. */
const changeObjection = (change: (o: Objection) => Objection | null) =>
  update((s: State) => {
    const next = change(objectionOf(s));
    return next ? { objections: { ...s.objections, [DPRO_FORM]: next } } : null;
  });

export async function startObjection(): Promise<void> {
  const { tabId, rerun } = await openOrReuse(FORM_URL, true);
  await changeObjection((o) => ({ ...o, run: { tabId, startedAt: Date.now(), prefilled: false }, report: null, reportedAt: null, formFound: null }));
  await rerun();
}

export async function beginObjection(tabId: number): Promise<ObjectionBeginReply> {
  const { state } = await readState();
  const objection = objectionOf(state);
  const profile = state.profile;
  const mine = objection.run?.tabId === tabId;
  const prefill = mine && !objection.run!.prefilled;
  return {
    prefill,
    watchReceipt: mine,
    // The user's details go only to the page we opened to prefill.
    name: prefill ? profile.name : '',
    email: prefill ? profile.email : '',
  };
}

export async function recordPrefill(tabId: number, message: Extract<Message, { type: 'objection/report' }>): Promise<void> {
  await changeObjection((objection) => {
    if (objection.run?.tabId !== tabId) return null;
    // A frame without the form reports `found: false`; it must not undo another frame's report.
    if (!message.found && objection.formFound) return null;
    return {
      ...objection,
      run: { ...objection.run, prefilled: message.found || objection.run.prefilled },
      report: message.report ?? objection.report,
      reportedAt: Date.now(),
      formFound: message.found,
    };
  });
}

export async function recordReceipt(tabId: number, caseNumber: string | null): Promise<void> {
  await changeObjection((objection) => (objection.run?.tabId === tabId ? { ...objection, run: null, submittedAt: Date.now(), caseNumber } : null));
}
