// "It came back on": every change of the settings' records is compared, before and after
// (engine/check/came-back.ts). A setting found on again after it was verified off is kept
// (`cameBack`: its card says so until it is verified off again) and told in a notification
// of its own; pressing it (or its button, where the browser has buttons) opens the
// service's card on the options page, where its switch-off button is. Kept apart from the
// checks (./checks/), which only write the records: whoever writes them, this notices.
import browser from 'webextension-polyfill';
import { type Back, newlyBack, stillBack } from '../engine/check/came-back';
import { formatDay } from '../platform/format';
import { t, textOf } from '../platform/i18n';
import { serviceById, settingById } from '../services';
import { NO_RECORD } from '../store/items';
import { records } from '../store/repair';
import { SettingRecord } from '../store/schemas';
import { update } from '../store/store';
import { firstPress, showNotification } from './notify';

const PREFIX = 'came-back:';

/** The records as stored (any shape: an older version's, or damaged), read as the store reads them. */
const readRecords = (raw: unknown) => records(SettingRecord, raw, NO_RECORD, 'settings', []);

async function onSettingsChanged(before: unknown, after: unknown): Promise<void> {
  const fresh = newlyBack(readRecords(before), readRecords(after));
  let settled: string[] = [];
  await update((s) => {
    const kept = { ...stillBack(s.cameBack, s.settings), ...fresh };
    settled = Object.keys(s.cameBack).filter((id) => !(id in kept));
    return JSON.stringify(kept) === JSON.stringify(s.cameBack) ? null : { cameBack: kept };
  });
  for (const [id, back] of Object.entries(fresh)) await notify(id, back);
  // Verified off again (a check in switch-off mode does it at once): the notification is moot.
  for (const id of settled) await browser.notifications.clear(PREFIX + id);
}

/** Where the service's card is: LinkedIn's settings are in the privacy check, each other service has its card. */
function cardAnchor(serviceId: string): string {
  return serviceId === 'linkedin' ? 'privacy' : `service-${serviceId}`;
}

async function notify(id: string, back: Back): Promise<void> {
  const setting = settingById(id);
  if (!setting) return;
  // A site's row says its texts under its setting's id, and names its site.
  const at = id.indexOf('@');
  const name = at < 0 ? textOf(setting, 'name') : `${textOf({ id: id.slice(0, at) }, 'name')} · ${id.slice(at + 1)}`;
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('cameBackTitle', serviceById(setting.service).name, name),
    message: t('cameBackBody', formatDay(back.since)),
    buttons: [{ title: t('notifButtonSwitchOff') }],
  };
  await showNotification(PREFIX + id, options);
}

async function onPressed(nid: string): Promise<void> {
  if (!nid.startsWith(PREFIX) || !firstPress(nid)) return;
  await browser.notifications.clear(nid);
  const setting = settingById(nid.slice(PREFIX.length));
  if (!setting) return;
  // Offered, not done: the card's own button switches it off, once the user presses it.
  await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#${cardAnchor(setting.service)}`), active: true });
}

/** Listen for changes of the records and for presses on our notifications (from the worker's top level). */
export function watchCameBack(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const settings = changes.settings;
    if (area !== 'local' || !settings) return;
    void onSettingsChanged(settings.oldValue, settings.newValue).catch((error: unknown) => console.error('came-back failed', error));
  });
  browser.notifications.onClicked.addListener((nid) => void onPressed(nid));
  browser.notifications.onButtonClicked.addListener((nid) => void onPressed(nid));
}
