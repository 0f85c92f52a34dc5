// The worker's side of the formal objection: open the form for the popup, hand the
// user's own details to that form only, keep the report, and record the receipt from
// LinkedIn's confirmation. Where a message comes from is decided by the tab's URL as the
// browser reports it (`sender.tab.url`, the top page's even for a sub-frame), never by
// what the page says: a run belongs to the TS-DPRO form in its tab, follows it to the
// confirmation, and ends on any other page, when its tab closes, or when it is too old.
// Every read-then-write goes through the storage queue.
import { LINKEDIN_ORIGIN } from '../core/linkedin';
import { OBJECTION_FORM } from '../core/objection-form';
import { runPage, runVerdict } from '../core/objection-run';
import type { RunEnd } from '../core/objection-terms';
import type { ObjectionPlan } from '../core/replies';
import type { Message } from '../messages';
import { DPRO_FORM, type Objection, objectionOf, type State, update } from '../storage';
import { openOrReuse } from './tabs';

const FORM_URL = LINKEDIN_ORIGIN + OBJECTION_FORM.path;

/** Where a message was sent from, as the browser says. */
export interface Origin {
  tabId: number;
  /** The tab's URL (the top page's, for a sub-frame too). */
  tabUrl: string | undefined;
  /** 0 for the top frame. */
  frameId: number;
}

const withObjection = (s: State, objection: Objection): Partial<State> => ({ objections: { ...s.objections, [DPRO_FORM]: objection } });

/** Open the form in front (the user will check and submit it), or focus and reload it. */
export async function startObjection(): Promise<void> {
  const { tabId, rerun } = await openOrReuse(FORM_URL, true);
  await update((s) =>
    withObjection(s, {
      ...objectionOf(s),
      run: { tabId, startedAt: Date.now(), prefilled: false, formSeen: false },
      report: null,
      reportedAt: null,
      formFound: null,
      ended: null,
    }),
  );
  await rerun();
}

/**
 * Inside the storage queue: the run this tab's page belongs to and what the page is to it.
 * A run that this page or its age ends is ended; `act` runs only on the run's form or its
 * confirmation, and returns the record to write (or the same one) and an answer.
 */
async function atRun<T>(
  tabId: number,
  url: string | undefined,
  none: T,
  act: (o: Objection, page: 'form' | 'thankyou', s: State) => { objection: Objection; answer: T },
): Promise<T> {
  let answer = none;
  await update((s) => {
    const o = objectionOf(s);
    const run = o.run;
    if (!run || run.tabId !== tabId) return null;
    const verdict = runVerdict(run, runPage(url), Date.now());
    if (verdict === 'left-form' || verdict === 'expired') return withObjection(s, endRun(o, verdict));
    if (verdict === 'wait') return null;
    const seen = verdict === 'form' && !run.formSeen ? { ...o, run: { ...run, formSeen: true } } : o;
    const done = act(seen, verdict, s);
    answer = done.answer;
    return done.objection === o ? null : withObjection(s, done.objection);
  });
  return answer;
}

const endRun = (objection: Objection, why: RunEnd): Objection => ({ ...objection, run: null, ended: why });

const NOTHING: ObjectionPlan = { action: 'none', firstName: '', lastName: '', email: '' };

export function beginObjection(from: Origin): Promise<ObjectionPlan> {
  return atRun(from.tabId, from.tabUrl, NOTHING, (objection, page, s) => {
    if (page === 'thankyou') return { objection, answer: from.frameId === 0 ? { ...NOTHING, action: 'receipt' } : NOTHING };
    if (objection.run!.prefilled) return { objection, answer: { ...NOTHING, action: 'watch' } };
    // The user's details go only to the TS-DPRO form of the run's tab.
    const { firstName, lastName, email } = s.profile;
    return { objection, answer: { action: 'prefill', firstName, lastName, email } };
  });
}

export async function recordPrefill(from: Origin, message: Extract<Message, { type: 'objection/report' }>): Promise<void> {
  await atRun(from.tabId, from.tabUrl, undefined, (objection, page) => {
    // A frame without the form reports `found: false`; it must not undo another frame's report.
    if (page !== 'form' || (!message.found && objection.formFound)) return { objection, answer: undefined };
    return {
      objection: {
        ...objection,
        run: { ...objection.run!, prefilled: message.found || objection.run!.prefilled },
        report: message.report ?? objection.report,
        reportedAt: Date.now(),
        formFound: message.found,
      },
      answer: undefined,
    };
  });
}

/** Only LinkedIn's confirmation page, in the top frame of the run's tab, makes a receipt. */
export async function recordReceipt(from: Origin, caseNumber: string | null): Promise<void> {
  await atRun(from.tabId, from.tabUrl, undefined, (objection, page) =>
    page === 'thankyou' && from.frameId === 0
      ? { objection: { ...objection, run: null, ended: null, submittedAt: Date.now(), caseNumber }, answer: undefined }
      : { objection, answer: undefined },
  );
}

/** The run's tab went to another URL: the form and its confirmation keep it, anything else ends it. */
export async function onObjectionTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (url) await atRun(tabId, url, undefined, (objection) => ({ objection, answer: undefined }));
}

export async function onObjectionTabRemoved(tabId: number): Promise<void> {
  await update((s) => {
    const o = objectionOf(s);
    return o.run?.tabId === tabId ? withObjection(s, endRun(o, 'tab-closed')) : null;
  });
}
