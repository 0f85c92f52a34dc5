// Content script for https://www.linkedin.com/mypreferences/*. On the generative-AI
// settings page (reached by load or by in-app navigation) it does what the worker asks of
// this load: read the switch, or switch it off (one click, counted by the worker) and let
// LinkedIn answer the save; then it reports and stops: every observer and listener is
// removed. The worker verifies by loading the page again. It sends only what it found,
// never page data.
import { auditLoad, DEFAULT_WAIT } from '../core/optout';
import { isSettingPath } from '../core/linkedin';
import type { Step } from '../core/outcomes';
import { parseBeginReply, parseClickReply } from '../core/replies';
import { GENERATIVE_AI } from '../core/settings';
import { send } from './runtime';

const progress = (step: Step) => void send({ type: 'audit/progress', step }).catch(() => {});

async function audit(): Promise<void> {
  // Ask first: a load of another tab's check, or one the worker does not answer, changes nothing.
  const plan = parseBeginReply(await send({ type: 'audit/begin' }).catch(() => undefined));
  if (plan === null) return;
  // Leaving the page by in-app navigation cancels the check.
  const left = new AbortController();
  const stopWatching = watchLocation(() => {
    if (!isSettingPath(GENERATIVE_AI, location.pathname)) left.abort();
  });
  try {
    const report = await auditLoad(document, GENERATIVE_AI, plan, {
      wait: { ...DEFAULT_WAIT, signal: left.signal },
      signal: left.signal,
      requestClick: async () => parseClickReply(await send({ type: 'audit/click' }).catch(() => null)),
      onStep: progress,
    });
    await send({ type: 'audit/report', report });
  } finally {
    stopWatching();
  }
}

/**
 * Call back when the URL may have changed within the page. LinkedIn is a single-page
 * app: the Navigation API reports history.pushState; where it is missing, a
 * MutationObserver stands in (an in-app navigation always re-renders). Returns the stop.
 */
function watchLocation(onChange: () => void): () => void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const observer = nav ? null : new MutationObserver(onChange);
  nav?.addEventListener('currententrychange', onChange);
  observer?.observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', onChange);
  return () => {
    nav?.removeEventListener('currententrychange', onChange);
    observer?.disconnect();
    window.removeEventListener('popstate', onChange);
  };
}

function main(): void {
  if (isSettingPath(GENERATIVE_AI, location.pathname)) {
    void audit();
    return;
  }
  // Another preferences page: wait until the user navigates in-app to the setting.
  const stop = watchLocation(() => {
    if (!isSettingPath(GENERATIVE_AI, location.pathname)) return;
    stop();
    void audit();
  });
}

main();
