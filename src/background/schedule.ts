// Recompute everything that depends on time: the badge, the next reminder, the alarms.
// Idempotent, so it runs at every worker start, alarm, install, start-up and storage
// change; runs are queued one after another so two wake-ups never show a reminder twice.
import browser from 'webextension-polyfill';
import { serial } from '../platform/serial';
import { DAY_MS } from '../engine/time/calendar';
import { planReminders, SNOOZE_DAYS, type Plan } from '../engine/time/reminders';
import { badgeFor, RUN_STALE_MS, viewOf, type Badge, type Msg } from '../engine/check/status';
import { runningFor } from '../engine/check/parallel';
import { currentDeadline } from '../services/linkedin/deadline';
import { userTimeZone } from '../engine/time/calendar';
import { t, tn } from '../platform/i18n';
import { GENERATIVE_AI } from '../services/linkedin/switches';
import { recordOf, update } from '../store/store';
import type { State } from '../store/items';
import { mayResend, RESEND_AFTER_MS, resendIfStuck } from './checks/navigate';
import { recordEnd } from './checks/run-state';
import { choiceVerifiedOffAt, othersOpen } from '../services/linkedin/privacy-check';
import { reminderKindOf, showReminder } from './notify';
import { keepRecheckSchedule } from './recheck';

const ALARMS = { reminder: 'reminder', midnight: 'midnight', run: 'run-timeout' } as const;
const DEADLINE = currentDeadline();

const inQueue = serial();

export function refresh(): Promise<void> {
  return inQueue(recompute).catch((error: unknown) => console.error('refresh failed', error));
}

function planFor(state: State, now: number): Plan {
  return planReminders({
    now,
    timeZone: userTimeZone(),
    deadline: DEADLINE,
    verifiedOffAt: choiceVerifiedOffAt(state.settings, state.prefs.chosen),
    prefs: state.prefs,
    last: state.reminders?.last ?? null,
    installedAt: state.reminders?.installedAt ?? now,
  });
}

async function recompute(): Promise<void> {
  const now = Date.now();
  // Going through the queue migrates old data and repairs what is unreadable, once.
  const state = await update((s) => (s.reminders ? null : { reminders: { installedAt: now, last: null, recheckedAt: null } }));
  // A tab sent to its next page that never began loading (the worker was stopped): send it again.
  if (state.runs.some((r) => mayResend(r, now))) {
    await resendIfStuck(now);
    return; // the storage change queues the next recompute
  }
  // A check's tab that went silent (the page failed to load...) must not stay "running": its rows end, the other tabs go on.
  const silent = state.runs.find((r) => now - r.touchedAt >= RUN_STALE_MS);
  if (silent) {
    await recordEnd(silent.tabId, 'interrupted', 'no-answer');
    return; // the storage change queues the next recompute
  }

  const plan = planFor(state, now);
  if (plan.due) {
    const due = plan.due;
    await showReminder(due);
    await update((s) => ({
      reminders: { installedAt: s.reminders?.installedAt ?? now, recheckedAt: s.reminders?.recheckedAt ?? null, last: { key: due.key, at: now } },
    }));
  }
  const record = recordOf(state, GENERATIVE_AI.id);
  if (record.known?.state === 'off') await clearOptOutReminders();

  if (plan.wakeAt === null) await browser.alarms.clear(ALARMS.reminder);
  else await browser.alarms.create(ALARMS.reminder, { when: Math.max(plan.wakeAt, now + 1000) });
  await browser.alarms.create(ALARMS.midnight, { when: plan.nextMidnight });
  await keepRecheckSchedule(state, now);
  const wake = state.runs.map((r) => r.touchedAt + (mayResend(r, Number.POSITIVE_INFINITY) ? RESEND_AFTER_MS : RUN_STALE_MS));
  if (wake.length > 0) await browser.alarms.create(ALARMS.run, { when: Math.min(...wake) });
  else await browser.alarms.clear(ALARMS.run);

  // The badge speaks of LinkedIn's AI switch: another service's check does not make it "checking".
  const run = runningFor(state.runs, 'linkedin');
  await drawBadge(badgeFor(viewOf({ ...record, run }, now), plan, othersOpen(state.settings, state.prefs.chosen)));
}

/** Once verified off, reminders to opt out that are still on screen are moot. */
async function clearOptOutReminders(): Promise<void> {
  const shown = await browser.notifications.getAll();
  for (const id of Object.keys(shown)) {
    if (reminderKindOf(id)) await browser.notifications.clear(id);
  }
}

const text = (m: string | Msg) => (typeof m === 'string' ? m : 'plural' in m ? tn(m.plural, m.count, ...(m.subs ?? [])) : t(m.key, ...(m.subs ?? [])));

/** Tooltip and colour first, the text last: whoever sees the new text sees its tooltip too. */
async function drawBadge(badge: Badge): Promise<void> {
  await browser.action.setTitle({ title: text(badge.title) });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeText({ text: text(badge.text) });
}

export async function snooze(): Promise<void> {
  await update((s) => ({ prefs: { ...s.prefs, snoozeUntil: Date.now() + SNOOZE_DAYS * DAY_MS } }));
}
