// Content script for https://www.linkedin.com/mypreferences/*. On the generative-AI
// settings page (reached by load or by in-app navigation) it audits the switch and, in
// opt-out mode, switches it off; it reports the outcome to the worker and then stops:
// every observer and listener is removed. It sends only the outcome, never page data.
import { auditPage, DEFAULT_FLIP, DEFAULT_WAIT } from '../core/optout';
import type { Mode, Step } from '../core/outcomes';
import { GENERATIVE_AI, isSettingPath } from '../core/settings';
import { send } from './runtime';


/** Ask the worker for the mode; anything unexpected means audit only (change nothing). */
async function askMode(): Promise<Mode> {
  try {
    const reply = (await send({ type: 'audit/begin' })) as { mode?: unknown } | undefined;
    return reply?.mode === 'optout' ? 'optout' : 'audit';
  } catch {
    return 'audit';
  }
}

const progress = (step: Step) => void send({ type: 'audit/progress', step }).catch(() => {});

async function audit(): Promise<void> {
  // Leaving the page by in-app navigation cancels the audit.
  const left = new AbortController();
  const onNavigate = () => {
    if (!isSettingPath(GENERATIVE_AI, location.pathname)) left.abort();
  };
  const stopWatching = watchLocation(onNavigate);
  try {
    const mode = askMode();
    progress('searching');
    const result = await auditPage(document, GENERATIVE_AI, mode, { ...DEFAULT_WAIT, signal: left.signal }, {
      ...DEFAULT_FLIP,
      signal: left.signal,
      onStep: progress,
    });
    await send({ type: 'audit/report', ...result });
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
