// Starting a check: the AI switch alone (the popup's button, a reminder), LinkedIn's
// privacy check, or another service's settings. The tab is opened (or an open one reused),
// and the run written to storage before the tab's first load asks what to do.
import type { Mode } from '../../engine/check/outcomes';
import { freshRow, nextTarget } from '../../engine/check/sweep';
import { type OptionalServiceId, rowsOf, serviceById, settingById, settingsOf } from '../../services';
import { GENERATIVE_AI, RECOMMENDED, SETTINGS } from '../../services/linkedin/switches';
import { CATEGORY_PATHS } from '../../services/linkedin/settings';
import type { Run, Sweep } from '../../store/schemas';
import { readState } from '../../store/store';
import { hostGranted } from '../scripts';
import { openOrReuse } from '../tabs';
import { endedRuns, live, urlOf } from './run-state';
import { updateRuns } from './close-tabs';
import { starting } from './starting';
import { shareOut, TABS_PER_SERVICE } from '../../engine/check/parallel';

/**
 * Start a check: the AI switch alone (`ids` = [AI], the popup's button, a reminder), or the
 * privacy check's settings (`sweep`), which also looks at the category pages for settings
 * we do not know, or another service's. Its settings are dealt over up to three tabs of the
 * service, side by side (engine/check/parallel.ts), each tab a run of its own. The tabs open
 * in the background, so the user stays where they were (the popup stays open and shows
 * progress), and close when their run ends; from a notification the first opens in front,
 * as the user asked to see it, and stays: it is where they were taken.
 * A check of another service runs beside this one; a check of the same service replaces it.
 */
async function startCheck(opts: {
  ids: readonly string[];
  kind: Run['kind'];
  mode?: Mode;
  active?: boolean;
  visits?: readonly string[];
  service?: OptionalServiceId;
}): Promise<void> {
  const ids = opts.ids.filter((id) => settingById(id) !== undefined);
  const visits = opts.kind === 'sweep' ? [...CATEGORY_PATHS] : [...(opts.visits ?? [])];
  const service = opts.service ?? (ids[0] !== undefined ? settingById(ids[0])?.service : undefined) ?? 'linkedin';
  const shares = shareOut(ids, visits, opts.kind === 'one' ? 1 : TABS_PER_SERVICE).flatMap((share) => {
    const first = nextTarget(
      share.ids.map((id) => freshRow(id, 'audit')),
      share.visits,
    );
    return first ? [{ ...share, first }] : [];
  });
  if (shares.length === 0) return;
  const now = startTime();
  // Each tab's run is written as soon as its tab exists, and its page's first question
  // waits for that (starting.ts); the tabs open at once.
  await starting(
    service,
    Promise.all(
      shares.map(async (share, i) => {
        // An app's home (DeepSeek's) may be where the user is typing: a tab of our own, never theirs reloaded.
        const home = 'row' in share.first && settingById(share.first.row)?.home === true;
        const front = i === 0 && (opts.active ?? false);
        const tab = await openOrReuse(urlOf(share.first), front, !home);
        await updateRuns((s) => {
          const run: Run = {
            kind: opts.kind,
            service,
            tabId: tab.tabId,
            startedAt: now,
            touchedAt: now,
            step: 'opening',
            source: 'popup',
            rows: share.ids.map((id) => freshRow(id, opts.mode ?? s.prefs.mode)),
            visits: share.visits,
            total: share.ids.length,
            target: share.first,
            sent: true,
            resends: 0,
            // A tab opened in front (from a notification) is where the user was taken to see it: theirs to close.
            opened: tab.created && !front,
            siblingEnd: null,
          };
          // Another check of this service under way (or anything in this tab) is ended, as
          // interrupted, rather than left to read as finished; the tabs of this check (its
          // start time) and checks of other services go on.
          const ours = (r: Run) => r.service === service && r.startedAt === now;
          const replacing = s.runs.filter((r) => r.tabId === tab.tabId || (r.service === service && live(r, now) && !ours(r)));
          const replaced = endedRuns(s, replacing, 'interrupted', 'replaced');
          const before = { ...s, ...replaced };
          const runs = { runs: [...before.runs.filter((r) => r.tabId !== tab.tabId && (r.service !== service || ours(r))), run] };
          const summary = service === 'linkedin' ? before.sweep : before.checks[service];
          if (opts.kind === 'one' || summary?.startedAt === now) return { ...replaced, ...runs };
          const sweep: Sweep = { ids: [...ids], startedAt: now, endedAt: null, end: null };
          if (service !== 'linkedin') return { ...replaced, ...runs, checks: { ...before.checks, [service]: sweep } };
          return { ...replaced, ...runs, sweep, prefs: { ...s.prefs, chosen: [...ids] } };
        });
        await tab.rerun();
      }),
    ),
  );
}

/**
 * A check's start time, which also tells its own tabs' runs from another check's of the same
 * service (`ours` above): never the same for two checks, even started in the same millisecond
 * (seen in the unit tests: a sweep then the AI switch alone, the sweep's run kept as the new
 * check's own). A worker restarted later starts later anyway.
 */
let lastStart = 0;
function startTime(): number {
  lastStart = Math.max(Date.now(), lastStart + 1);
  return lastStart;
}

/** The popup's button and the reminders: check the AI switch, and switch it off unless audit only. */
export function startAudit(mode?: Mode, active = false): Promise<void> {
  return startCheck({ ids: [GENERATIVE_AI.id], kind: 'one', mode, active });
}

/** The privacy check: the given settings (else the user's last choice, else the recommended ones). */
export async function startSweep(ids?: readonly string[], mode?: Mode): Promise<void> {
  const chosen = ids ?? (await readState()).state.prefs.chosen ?? RECOMMENDED;
  // Keep the data's order, whatever order the ids came in: the AI switch first.
  const order = SETTINGS.map((s) => s.id).filter((id) => chosen.includes(id));
  await startCheck({ ids: order, kind: 'sweep', mode });
}

/**
 * Check one of the other services: every setting of it that costs the user nothing, switched
 * off unless audit only; or `only` that one setting of it, which the user chose on its row
 * (one the check leaves to them, such as Google's Web & App Activity). Any other id: nothing.
 */
export async function startServiceCheck(service: OptionalServiceId, mode?: Mode, only?: string): Promise<void> {
  // Not added (its host not granted): no tab is opened, nothing of ours would run there.
  if (!(await hostGranted(serviceById(service).origin))) return;
  // A setting repeated per site: the sites known so far, then the service's list of them, read
  // again (a new site is added to the run and checked; check/sites.ts). Only the rows that
  // cost the user nothing: one that does (Google's Web & App Activity) is left to the user's
  // own choice, with its page (options/services/SwitchCard.tsx).
  const sites = (await readState()).state.sites;
  const rows = rowsOf(service, sites);
  if (only !== undefined && !rows.some((s) => s.id === only && !s.recommended)) return;
  const ids = rows.filter((s) => (only === undefined ? s.recommended : s.id === only)).map((s) => s.id);
  const visits = only !== undefined ? [] : settingsOf(service).flatMap((s) => (s.perSite ? [s.origin + s.perSite.list] : []));
  await startCheck({ ids, kind: 'service', mode, visits, service });
}
