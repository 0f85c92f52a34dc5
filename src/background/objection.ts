// The worker's side of the formal objections (LinkedIn's TS-DPRO form, Meta's forms): open
// a form for the options page, hand the user's own details to that form only, keep the
// report, and record the receipt from the site's own confirmation. Where a message comes
// from is decided by the tab's URL and the sending frame's, as the browser reports them,
// never by what the page says: a run belongs to its form in its tab, follows it to the
// confirmation, and ends on any other page, when its tab closes, when its service's host is
// taken back, or when it is too old. Only the form's own frame is answered: the tab's top
// frame at the form's address (or a frame of the form's own, below that address: see
// formFrame); another page of the same site framed in the form's tab gets nothing.
// Every read-then-write goes through the storage queue.
import { type FieldKind, formUrl, hasField, type ObjectionForm } from '../engine/form/model';
import { formById, OBJECTION_FORMS, type ServiceId, serviceById } from '../services';
import { runPage, runVerdict } from '../engine/form/run';
import type { RunEnd } from '../engine/form/terms';
import { NO_PLAN, type ObjectionPlan } from '../engine/form/replies';
import { textOf } from '../platform/i18n';
import type { Message } from '../protocol/messages';
import type { Objection } from '../store/schemas';
import { objectionOf, update } from '../store/store';
import type { State } from '../store/items';
import { hostGranted } from './scripts';
import { openOrReuse } from './tabs';

/** Where a message was sent from, as the browser says. */
export interface Origin {
  tabId: number;
  /** The tab's URL (the top page's, for a sub-frame too). */
  tabUrl: string | undefined;
  /** 0 for the top frame. */
  frameId: number;
  /** The sending frame's own URL (`sender.url`; its origin checked against `sender.origin` where given: senders.ts). */
  frameUrl: string | undefined;
}

/**
 * Is the sending frame the run's form itself (or, for `thankyou`, its confirmation)? The top
 * frame must be at that address. A sub-frame is answered only on the form (never for the
 * confirmation) and only at the form's own address or below it (its origin, its path, then
 * `/…`), inside a tab whose top page is the form: whether LinkedIn frames the form is not
 * known (facts.md, section 3), so the form's own frame is kept; any other page of the site
 * framed there (a help article, another form) is not the form, and gets nothing.
 */
function formFrame(at: Pick<Origin, 'frameId' | 'frameUrl'>, form: ObjectionForm, page: 'form' | 'thankyou'): boolean {
  if (at.frameId === 0) return runPage(at.frameUrl, form) === page;
  if (page !== 'form' || at.frameId < 0 || !at.frameUrl) return false;
  try {
    const url = new URL(at.frameUrl);
    const path = form.path.replace(/\/+$/, '');
    return url.origin === form.origin && (url.pathname.replace(/\/+$/, '') === path || url.pathname.startsWith(`${path}/`));
  } catch {
    return false;
  }
}

/** Open the form in front (the user will check and submit it), or focus and reload it. */
export async function startObjection(formId: string): Promise<void> {
  const form = formById(formId);
  if (!form) return;
  // Without the form's host nothing of ours would run there: Meta's hosts are the user's to
  // add, and LinkedIn's can be withheld (Chromium's site access, Firefox's add-on permissions).
  // No tab is opened for a prefill that cannot happen; the form's step says why and what to do.
  if (!(await hostGranted(form.origin))) {
    if (serviceById(form.service as ServiceId).host === 'install') {
      await update((s) => ({ objections: { ...s.objections, [form.id]: { ...objectionOf(s, form.id), run: null, ended: 'access-removed' } } }));
    }
    return;
  }
  const { tabId, rerun } = await openOrReuse(formUrl(form), true);
  await update((s) => ({
    objections: {
      ...s.objections,
      [form.id]: {
        ...objectionOf(s, form.id),
        run: { tabId, startedAt: Date.now(), prefilled: false, formSeen: false },
        report: null,
        reportedAt: null,
        formFound: null,
        ended: null,
      },
    },
  }));
  await rerun();
}

type Act<T> = (o: Objection, page: 'form' | 'thankyou', s: State, form: ObjectionForm) => { objection: Objection; answer: T };

/**
 * Inside the storage queue: the runs in this tab and what its page is to each. A run that
 * this page or its age ends is ended; `act` runs only on the run's form or its
 * confirmation, and returns the record to write (or the same one) and an answer.
 */
async function atRun<T>(tabId: number, url: string | undefined, none: T, act: Act<T>): Promise<T> {
  let answer = none;
  await update((s) => {
    let objections = s.objections;
    for (const form of OBJECTION_FORMS) {
      const o = objectionOf(s, form.id);
      const run = o.run;
      if (!run || run.tabId !== tabId) continue;
      const verdict = runVerdict(run, runPage(url, form), Date.now());
      let next = o;
      if (verdict === 'left-form' || verdict === 'expired') next = endRun(o, verdict);
      else if (verdict !== 'wait') {
        const seen = verdict === 'form' && !run.formSeen ? { ...o, run: { ...run, formSeen: true } } : o;
        const done = act(seen, verdict, s, form);
        answer = done.answer;
        next = done.objection;
      }
      if (next !== o) objections = { ...objections, [form.id]: next };
    }
    return objections === s.objections ? null : { objections };
  });
  return answer;
}

const endRun = (objection: Objection, why: RunEnd): Objection => ({ ...objection, run: null, ended: why });

/** The user's details this form has fields for, and nothing else. */
function detailsFor(form: ObjectionForm, s: State): ObjectionPlan {
  const has = (kind: FieldKind) => hasField(form, kind);
  const { firstName, lastName, email, country, explanation } = s.profile;
  return {
    action: 'prefill',
    form,
    firstName: has('firstName') ? firstName : '',
    lastName: has('lastName') ? lastName : '',
    email: has('email') ? email : '',
    country: has('country') ? country : '',
    // The user's own text, or the default one in their language (shown to them on the options page).
    explanation: has('explanation') ? explanation || textOf({ id: form.service }, 'explanationDefault') : '',
  };
}

export function beginObjection(from: Origin): Promise<ObjectionPlan> {
  return atRun(from.tabId, from.tabUrl, NO_PLAN, (objection, page, s, form) => {
    // The user's details go only to the run's form, in its own frame, in the run's tab.
    if (!formFrame(from, form, page)) return { objection, answer: NO_PLAN };
    if (page === 'thankyou') return { objection, answer: { ...NO_PLAN, action: 'receipt', form } };
    if (objection.run!.prefilled) return { objection, answer: { ...NO_PLAN, action: 'watch', form } };
    return { objection, answer: detailsFor(form, s) };
  });
}

export async function recordPrefill(from: Origin, message: Extract<Message, { type: 'objection/report' }>): Promise<void> {
  await atRun(from.tabId, from.tabUrl, undefined, (objection, page, _s, form) => {
    // Only the form's own frame reports; one without the form (`found: false`) must not undo another's report.
    if (page !== 'form' || !formFrame(from, form, 'form') || (!message.found && objection.formFound)) return { objection, answer: undefined };
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

/**
 * Only the site's confirmation, in the top frame of the run's tab, makes a receipt:
 * LinkedIn's confirmation page; for a form that shows its confirmation in place (Meta's),
 * the form's own page once it was prefilled.
 */
export async function recordReceipt(from: Origin, caseNumber: string | null): Promise<void> {
  await atRun(from.tabId, from.tabUrl, undefined, (objection, page, _s, form) => {
    const confirmed = form.thankyouPath ? page === 'thankyou' : page === 'form' && objection.run!.prefilled;
    return confirmed && from.frameId === 0 && formFrame(from, form, page)
      ? { objection: { ...objection, run: null, ended: null, submittedAt: Date.now(), caseNumber }, answer: undefined }
      : { objection, answer: undefined };
  });
}

/** The run's tab went to another URL: the form and its confirmation keep it, anything else ends it. */
export async function onObjectionTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  if (url) await atRun(tabId, url, undefined, (objection) => ({ objection, answer: undefined }));
}

export async function onObjectionTabRemoved(tabId: number): Promise<void> {
  await update((s) => {
    const closed = OBJECTION_FORMS.filter((form) => objectionOf(s, form.id).run?.tabId === tabId);
    if (!closed.length) return null;
    return { objections: { ...s.objections, ...Object.fromEntries(closed.map((f) => [f.id, endRun(objectionOf(s, f.id), 'tab-closed')])) } };
  });
}
