// "Check everything I added": LinkedIn's AI switch and every service the user added, from
// the dashboard's button (switched off unless audit only) or the re-check schedule (read
// only, never a click). The services are different hosts, so they are checked side by side,
// each in tabs of its own (start.ts), each row verified by its own fresh load.
import type { Mode } from '../../engine/check/outcomes';
import { SWITCH_SERVICES } from '../../services';
import { hasLinkedInAccess } from '../../platform/access';
import { startAudit, startServiceCheck } from './start';

interface EverythingOptions {
  /** Default: the user's choice (audit only or switch off). The schedule passes 'audit'. */
  mode?: Mode;
  /** Started by the re-check schedule, not by the user: read only, in tabs of our own that close themselves. */
  scheduled?: boolean;
}

/**
 * Start the check of everything the user added. For LinkedIn, its AI switch: the heart of
 * the product and what the badge speaks of; the privacy check's other switches are the
 * user's choice, from its own page. Every other service with switches whose host the user
 * granted (startServiceCheck opens nothing for one not added), its recommended rows.
 * Every tab opens in the background, and a tab the check opened closes when its run ends.
 */
export async function startEverything(opts: EverythingOptions): Promise<void> {
  const mode = opts.scheduled ? 'audit' : opts.mode;
  await Promise.all([
    // LinkedIn's access withheld: nothing of ours would run in its tab.
    hasLinkedInAccess().then((held) => (held ? startAudit(mode) : undefined)),
    ...SWITCH_SERVICES.map((service) => startServiceCheck(service.id, mode)),
  ]);
}
