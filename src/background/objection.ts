// The worker's side of the formal objection: open the form for the popup, hand the
// user's own details to that form only, keep the report, and record the receipt from
// LinkedIn's confirmation. Where a message comes from is decided by the tab's URL as the
// browser reports it (`sender.tab.url`, the top page's even for a sub-frame), never by
// what the page says: a run belongs to the TS-DPRO form in its tab, follows it to the
// confirmation, and ends on any other page, when its tab closes, or when it is too old.
import { OBJECTION_FORM } from '../core/objection-form';
import { runPage, runVerdict } from '../core/objection-run';
import type { RunEnd } from '../core/objection-terms';
import { LINKEDIN_ORIGIN } from '../core/settings';
import type { Message, ObjectionBeginReply } from '../messages';
import { readState, writeState, type Objection, type State } from '../storage';
import { openOrReuse } from './tabs';

export const FORM_URL = LINKEDIN_ORIGIN + OBJECTION_FORM.path;

/** Where a message was sent from, as the browser says. */
export interface Origin {
  tabId: number;
  /** The tab's URL (the top page's, for a sub-frame too). */
  tabUrl: string | undefined;
  /** 0 for the top frame. */
  frameId: number;
}

/** Open the form in front (the user will check and submit it), or focus and reload it. */
export async function startObjection(): Promise<void> {
  const { objection } = await readState();
  const { tabId, rerun } = await openOrReuse(FORM_URL, true);
  await writeState({
    objection: {
      ...objection,
      run: { tabId, startedAt: Date.now(), prefilled: false, formSeen: false },
      report: null,
      reportedAt: null,
      formFound: null,
      ended: null,
    },
  });
  await rerun();
}

async function endRun(objection: Objection, why: RunEnd): Promise<void> {
  await writeState({ objection: { ...objection, run: null, ended: why } });
}

/**
 * The run this tab's page belongs to and what the page is to it; null when there is no
 * run here (a run that must end because of this page or its age is ended now).
 */
async function runAt(tabId: number, url: string | undefined): Promise<{ state: State; page: 'form' | 'thankyou' } | null> {
  const state = await readState();
  const run = state.objection.run;
  if (!run || run.tabId !== tabId) return null;
  const verdict = runVerdict(run, runPage(url), Date.now());
  if (verdict === 'left-form' || verdict === 'expired') {
    await endRun(state.objection, verdict);
    return null;
  }
  if (verdict === 'wait') return null;
  if (verdict === 'form' && !run.formSeen) {
    const objection = { ...state.objection, run: { ...run, formSeen: true } };
    await writeState({ objection });
    return { state: { ...state, objection }, page: verdict };
  }
  return { state, page: verdict };
}

const NOTHING: ObjectionBeginReply = { action: 'none', firstName: '', lastName: '', email: '' };

export async function beginObjection(from: Origin): Promise<ObjectionBeginReply> {
  const here = await runAt(from.tabId, from.tabUrl);
  if (!here) return NOTHING;
  if (here.page === 'thankyou') return from.frameId === 0 ? { ...NOTHING, action: 'receipt' } : NOTHING;
  if (here.state.objection.run!.prefilled) return { ...NOTHING, action: 'watch' };
  // The user's details go only to the TS-DPRO form of the run's tab.
  const { firstName, lastName, email } = here.state.profile;
  return { action: 'prefill', firstName, lastName, email };
}

export async function recordPrefill(from: Origin, message: Extract<Message, { type: 'objection/report' }>): Promise<void> {
  const here = await runAt(from.tabId, from.tabUrl);
  if (here?.page !== 'form') return;
  const { objection } = here.state;
  // A frame without the form reports `found: false`; it must not undo another frame's report.
  if (!message.found && objection.formFound) return;
  await writeState({
    objection: {
      ...objection,
      run: { ...objection.run!, prefilled: message.found || objection.run!.prefilled },
      report: message.report ?? objection.report,
      reportedAt: Date.now(),
      formFound: message.found,
    },
  });
}

/** Only LinkedIn's confirmation page, in the top frame of the run's tab, makes a receipt. */
export async function recordReceipt(from: Origin, caseNumber: string | null): Promise<void> {
  const here = await runAt(from.tabId, from.tabUrl);
  if (here?.page !== 'thankyou' || from.frameId !== 0) return;
  await writeState({ objection: { ...here.state.objection, run: null, ended: null, submittedAt: Date.now(), caseNumber } });
}

/** The run's tab went to another URL: the form and its confirmation keep it, anything else ends it. */
export async function onObjectionTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (url) await runAt(tabId, url);
}

export async function onObjectionTabRemoved(tabId: number): Promise<void> {
  const { objection } = await readState();
  if (objection.run?.tabId === tabId) await endRun(objection, 'tab-closed');
}
