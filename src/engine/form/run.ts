// Which pages an objection run may act on, decided from the tab's URL as the browser
// reports it (never from what a frame says about itself). The run belongs to its form
// (LinkedIn's TS-DPRO, a Meta form) in the tab it was opened in; the only other page it
// follows is the site's confirmation page reached from that form (LinkedIn's; Meta shows
// its confirmation in place of the form). Anything else ends it, and so does age.
import type { ObjectionForm } from './model';

/** The user may take their time reading the form, but a forgotten run must not linger. */
export const RUN_MAX_AGE_MS = 30 * 60_000;

type RunPage = 'form' | 'thankyou' | 'other' | 'not-web';

export function runPage(url: string | undefined, form: ObjectionForm): RunPage {
  if (!url) return 'not-web';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-web';
  }
  // Browser pages (a load error, a new tab) show nothing a form could be typed into.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'not-web';
  if (parsed.origin !== form.origin) return 'other';
  const path = parsed.pathname.replace(/\/+$/, '');
  if (path === form.path) return 'form';
  if (path === form.thankyouPath) return 'thankyou';
  return 'other';
}

interface RunFacts {
  startedAt: number;
  /** The run's tab has shown the form (so a confirmation page can come from it). */
  formSeen: boolean;
}

/** Whether the run goes on when its tab shows `page` at `now`, and as what. */
export function runVerdict(run: RunFacts, page: RunPage, now: number): 'form' | 'thankyou' | 'wait' | 'left-form' | 'expired' {
  if (now - run.startedAt > RUN_MAX_AGE_MS || now < run.startedAt - 60_000) return 'expired';
  if (page === 'form') return 'form';
  if (page === 'thankyou') return run.formSeen ? 'thankyou' : 'left-form';
  if (page === 'not-web') return 'wait';
  return 'left-form';
}
