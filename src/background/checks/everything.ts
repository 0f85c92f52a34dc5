// "Check everything I added": LinkedIn's AI switch and every service the user added, from
// the dashboard's button (switched off unless audit only) or the re-check schedule (read
// only, never a click).
import type { Mode } from '../../engine/check/outcomes';
import { startAudit } from './start';

interface EverythingOptions {
  /** Default: the user's choice (audit only or switch off). The schedule passes 'audit'. */
  mode?: Mode;
  /** Started by the re-check schedule, not by the user: read only, in tabs of our own that close themselves. */
  scheduled?: boolean;
}

/** Start the check of everything the user added. */
// TODO(issue 35): every added service, side by side; today LinkedIn's AI switch alone.
export function startEverything(opts: EverythingOptions): Promise<void> {
  return startAudit(opts.scheduled ? 'audit' : opts.mode);
}
