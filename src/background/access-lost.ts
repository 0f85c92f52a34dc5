// A service's host taken back while something of ours runs there: LinkedIn's in Chromium's
// site-access menu or Firefox's about:addons (permissions.remove), another service's when
// the user removes it. Nothing more is clicked, loaded or prefilled there: every run of that
// service ends, as "access taken back" (the check's and each objection form's; a load under
// way in a run's tab is told to stop, so a click granted with its plan is not used), from
// permissions.onRemoved, and again from any message, click request or navigation that finds
// the host gone (a browser that withholds a host without telling: the grant is checked then).
import browser from 'webextension-polyfill';
import { STOP } from '../engine/check/replies';
import { OBJECTION_FORMS, type ServiceId, serviceById } from '../services';
import { readState, objectionOf } from '../store/store';
import { endedRuns } from './checks/run-state';
import { updateRuns } from './checks/close-tabs';
import { hostGranted } from './scripts';

/** How a run ends when its service's host is taken back (the check's detail, the objection's end). */
const ACCESS_REMOVED = 'access-removed' as const;

/** The services with a run under way whose host is no longer held. */
async function servicesWithoutAccess(): Promise<Set<ServiceId>> {
  const { state } = await readState();
  const running = new Set<ServiceId>();
  for (const run of state.runs) running.add(run.service);
  for (const form of OBJECTION_FORMS) if (objectionOf(state, form.id).run) running.add(form.service as ServiceId);
  const lost = new Set<ServiceId>();
  for (const service of running) if (!(await hostGranted(serviceById(service).origin))) lost.add(service);
  return lost;
}

/** End every run (the check's, the objection forms') of a service whose host is gone. */
export async function endRunsWithoutAccess(): Promise<void> {
  const lost = await servicesWithoutAccess();
  if (lost.size === 0) return;
  let tabs: number[] = [];
  await updateRuns((s) => {
    tabs = s.runs.filter((r) => lost.has(r.service)).map((r) => r.tabId);
    const run = endedRuns(
      s,
      s.runs.filter((r) => lost.has(r.service)),
      'interrupted',
      ACCESS_REMOVED,
    );
    const ended = OBJECTION_FORMS.filter((form) => lost.has(form.service as ServiceId) && objectionOf(s, form.id).run);
    const objections = ended.length
      ? { objections: { ...s.objections, ...Object.fromEntries(ended.map((f) => [f.id, { ...objectionOf(s, f.id), run: null, ended: ACCESS_REMOVED }])) } }
      : {};
    return { ...run, ...objections };
  });
  // A load under way there may hold a click granted with its plan (engine/check/grant.ts): told to stop, it clicks nothing.
  await Promise.all(tabs.map((tabId) => browser.tabs.sendMessage(tabId, { type: STOP }).catch(() => undefined)));
}

/** Is the host of `url` (a run's next page) still held? If not, every run without access ends. */
export async function stillHeld(url: string): Promise<boolean> {
  if (await hostGranted(new URL(url).origin)) return true;
  await endRunsWithoutAccess();
  return false;
}
