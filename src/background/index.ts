// The service worker: validates every message, keeps the audit in storage, and keeps
// the badge, reminders and alarms in step with storage and the clock. Listeners are
// registered synchronously at the top level, as MV3 requires for a worker woken by an
// event; all state is in storage, so the worker can be stopped at any moment.
import browser, { type Permissions, type Runtime } from 'webextension-polyfill';
import { ALLOWED, Message, type MessageType, type Sender } from '../protocol/messages';
import { onStateChanged } from '../store/store';
import { concernsLinkedIn, hasLinkedInAccess, servicesIn, takeAccessIntent } from '../platform/access';
import { beginAudit, beginSiteAudit, grantClick, recordProgress, recordReport, recordScan, recordSites } from './checks/loads';
import { onTabOutOfSight, onTabRemoved, onTabUpdated } from './checks/navigate';
import { startAudit, startServiceCheck, startSweep } from './checks/start';
import { startEverything } from './checks/everything';
import { endRunsWithoutAccess } from './access-lost';
import { firstPress, reminderKindOf } from './notify';
import { watchCameBack } from './came-back';
import { beginObjection, onObjectionTabRemoved, onObjectionTabUpdated, recordPrefill, recordReceipt, startObjection, type Origin } from './objection';
import { refresh, snooze } from './schedule';
import { applyPatch } from './patch';
import { classifySender } from './senders';
import { hostGranted, syncServiceScripts } from './scripts';
import { openOrReuse } from './tabs';
import { isSwitchService } from '../services';

const OWN = { id: browser.runtime.id, origin: browser.runtime.getURL('').replace(/\/$/, '') };

async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const from = classifySender(sender, OWN);
  if ('reason' in from) {
    console.warn(`message ignored: ${from.reason}`);
    return undefined;
  }
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    console.warn('message ignored: malformed', parsed.error.issues);
    return undefined;
  }
  const message = parsed.data;
  if (!ALLOWED[message.type].includes(from.kind)) {
    console.warn(`message ignored: ${message.type} is not for a ${from.kind} sender`);
    return undefined;
  }
  // A script left in a tab after its host was taken back (LinkedIn's too: a user can withhold
  // it mid-check) is not answered, and the runs of that service end there: nothing clicked.
  if (from.kind !== 'extension' && !(await hostGranted(from.origin))) {
    console.warn(`message ignored: access to ${from.origin} was taken back`);
    await endRunsWithoutAccess();
    return undefined;
  }
  const tabId = sender.tab?.id ?? -1;
  // Objection messages are judged by the tab's URL and the frame, as the browser reports them.
  const at: Origin = { tabId, tabUrl: sender.tab?.url, frameId: sender.frameId ?? -1, frameUrl: sender.url };
  const handler = HANDLERS[message.type] as Handler<MessageType>;
  return handler(message, { ...from, tabId, at });
}

/** Where a message comes from: its kind of sender and origin, its tab, and its frame as the browser reports them. */
interface From {
  kind: Sender;
  origin: string;
  tabId: number;
  at: Origin;
}
type Handler<T extends MessageType> = (message: Extract<Message, { type: T }>, from: From) => unknown;

/** One handler per message type: the compiler checks that every message of the protocol is handled. */
const HANDLERS: { [T in MessageType]: Handler<T> } = {
  'audit/start': (m) => startAudit(m.mode),
  'sweep/start': (m) => startSweep(m.ids, m.mode),
  'service/start': (m) => startServiceCheck(m.service, m.mode, m.setting),
  'services/check-all': (m) => startEverything({ mode: m.mode }),
  'objection/start': (m) => startObjection(m.form),
  'state/patch': (m) => applyPatch(m.patch),
  // Another service's page carries no data of its own: its answer brings the setting's row.
  'audit/begin': (m, from) => (from.kind === 'service' ? beginSiteAudit : beginAudit)(from.tabId, from.origin, m.path),
  'audit/click': (m, from) => grantClick(from.tabId, from.origin, m.settingId),
  'audit/progress': (m, from) => recordProgress(from.tabId, m.step),
  // What is new on a page is about LinkedIn's pages only.
  'audit/report': (m, from) =>
    from.kind === 'service'
      ? recordReport(from.tabId, from.origin, m.path, m.settingId, m.report, [], null, m.fresh, m.grantUnused === true)
      : recordReport(from.tabId, from.origin, m.path, m.settingId, m.report, m.found, m.seen ?? null, m.fresh, m.grantUnused === true),
  'audit/sites': (m, from) => recordSites(from.tabId, from.origin, m.path, m.sites),
  'page/scan': (m, from) => recordScan(from.tabId, from.origin, m.path, m.found),
  'objection/begin': (_m, from) => beginObjection(from.at),
  'objection/report': (m, from) => recordPrefill(from.at, m),
  'objection/receipt': (m, from) => recordReceipt(from.at, m.caseNumber),
};

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  handle(raw, sender).catch((error: unknown) => {
    console.error('message handling failed', error);
    return undefined;
  }),
);
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  void onTabUpdated(tabId, change.url);
  // A page loaded on a host we do not hold: its address is withheld (no "tabs" permission).
  if (change.status === 'complete' && tab.url === undefined) void onTabOutOfSight(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => void onObjectionTabUpdated(tabId, change.url));
browser.tabs.onRemoved.addListener((tabId) => void onObjectionTabRemoved(tabId));

// A reminder: the notification itself or its first button opts out now; the second snoozes.
async function onReminder(id: string, button?: number): Promise<void> {
  if (!reminderKindOf(id) || !firstPress(id)) return;
  await browser.notifications.clear(id);
  if (button === 1) return snooze();
  // LinkedIn's access withheld: a check could only open a tab where nothing of ours runs.
  // The popup's page, in a tab, says so and asks for it (and checks once it is given).
  if (!(await hasLinkedInAccess())) return void (await openOrReuse(browser.runtime.getURL('src/popup/index.html'), true));
  return startAudit(undefined, true);
}
browser.notifications.onClicked.addListener((id) => void onReminder(id));
browser.notifications.onButtonClicked.addListener((id, button) => void onReminder(id, button));
// A setting found on again after it was verified off: a notification of its own.
watchCameBack();

// Access to LinkedIn granted from the popup's button: Chromium closed the popup when it
// showed the prompt, so the audit the user asked for starts here. Access to another
// service: its content script is registered, and the check the user asked for starts.
browser.permissions.onAdded.addListener((added) => void onAccessAdded(added));
async function onAccessAdded(added: Permissions.Permissions): Promise<void> {
  // Registered before the check opens the service's page, or its first load would have no script.
  await syncServiceScripts().catch(() => undefined);
  // Only an intent about what was granted is taken: a grant made elsewhere leaves it for its own.
  const concerns = (next: string) => (next === 'audit' ? concernsLinkedIn(added) : servicesIn(added).some((s) => s.id === next));
  const then = await takeAccessIntent(Date.now(), concerns);
  if (then === 'audit') return startAudit();
  // Meta has forms, not settings: the user opens them from its card.
  if (then !== null && isSwitchService(then)) await startServiceCheck(then);
}
// A host taken back (a service removed, LinkedIn's access withheld): its script is
// unregistered, and every run of that service (its check, its objection forms) ends there.
browser.permissions.onRemoved.addListener(() => {
  void syncServiceScripts();
  void endRunsWithoutAccess();
});

// Time-dependent state is recomputed on every occasion, idempotently.
browser.alarms.onAlarm.addListener(() => void refresh());
browser.runtime.onInstalled.addListener(() => void refresh());
browser.runtime.onStartup.addListener(() => void refresh());
onStateChanged(() => void refresh());
void refresh();
void syncServiceScripts();
