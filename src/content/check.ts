// One load of a setting's page, as the content scripts of every service run it: do what
// the worker asked of this load (read, or switch off with a click the worker counts: the
// first one granted with the plan, so the switch is clicked without a round trip), and
// report; leaving the page in-app cancels it. Every observer and listener is removed at
// the end. The worker verifies by loading the page again.
import { auditLoad, DEFAULT_WAIT, type LoadPlan, type LoadReport, type LoadSteps } from '../engine/switch/load';
import type { Step } from '../engine/check/outcomes';
import { parseClickReply, STOP } from '../engine/check/replies';
import type { SettingRow } from '../engine/model';
import { listen, send } from './runtime';

const progress = (step: Step) => void send({ type: 'audit/progress', step }).catch(() => {});

/**
 * Run the plan on this page; `stillHere` says whether an in-app navigation has left it;
 * `steps`: what the script's rows need beyond a switch; `granted`: the click that came with
 * the plan (null: none). `grantUnused`: the load did not use it (the report says so, and the worker gives it back).
 */
export async function runLoad(
  setting: SettingRow,
  plan: LoadPlan,
  stillHere: () => boolean,
  steps: LoadSteps = {},
  granted: number | null = null,
): Promise<{ report: LoadReport; left: boolean; grantUnused: boolean }> {
  const left = new AbortController();
  const stopWatching = watchLocation(() => {
    if (!stillHere()) left.abort();
  });
  // The worker's word to stop (the host taken back): the load ends as if the page were left, nothing clicked.
  const stopListening = listen((message) => {
    if ((message as { type?: unknown } | null)?.type === STOP) left.abort();
  });
  // The first ask takes the click granted with the plan (no round trip); a further one asks the worker.
  let grant = granted;
  // A load clicks at most once, after its first ask ('switching' is told with the click, on
  // every path): a click made is the grant's. Were it not, the grant stays counted: fewer clicks, never more.
  let clicked = false;
  try {
    const report = await auditLoad(document, setting, plan, {
      wait: { ...DEFAULT_WAIT, signal: left.signal },
      steps,
      signal: left.signal,
      requestClick: async () => {
        const n = grant;
        grant = null;
        return n ?? parseClickReply(await send({ type: 'audit/click', settingId: setting.id }).catch(() => null));
      },
      onStep: (step) => {
        clicked ||= step === 'switching';
        progress(step);
      },
    });
    return { report, left: left.signal.aborted, grantUnused: granted !== null && !clicked };
  } finally {
    stopWatching();
    stopListening();
  }
}

/**
 * Call back when the URL may have changed within the page. The services are single-page
 * apps: the Navigation API reports history.pushState and hash changes; where it is
 * missing, a MutationObserver stands in (an in-app navigation always re-renders). Returns the stop.
 */
export function watchLocation(onChange: () => void): () => void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const observer = nav ? null : new MutationObserver(onChange);
  nav?.addEventListener('currententrychange', onChange);
  observer?.observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    nav?.removeEventListener('currententrychange', onChange);
    observer?.disconnect();
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
  };
}
