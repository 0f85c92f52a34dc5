// The shape of every value the extension remembers in storage.local, one schema each:
// checked before it is written, read back field by field (./items.ts says how). Records are
// keyed by what they are about (a setting's or a form's id), so more settings and services
// add rows, not migrations.
import { MODES, OUTCOMES, STEPS } from '../engine/check/outcomes';
import { MAX_CLICKS } from '../engine/check/run';
import { CLICKS_PER_WINDOW } from '../engine/check/click-window';
import { OBJECTION_COUNTRIES, PROFILE_LIMITS } from '../engine/form/profile';
import {
  CAPTCHA_STATES,
  CHOICE_RESULTS,
  CONTROLS,
  FILL_RESULTS,
  type PrefillReport as PrefillReportShape,
  RUN_ENDS,
  SUBMIT_STATES,
} from '../engine/form/terms';
import { LABEL_MAX, SEEN_MAX, TIES } from '../engine/switch/discover';
import { RECHECK_SCHEDULES } from '../engine/time/recheck';
import { SITE_PATTERN, SITES_MAX } from '../engine/check/sites';
import { TABS_PER_SERVICE } from '../engine/check/parallel';
import { z } from '../platform/zod';
import { SERVICE_IDS } from '../services';

/** A row's id: a setting's, or one site's row of a per-site setting (`<id>@<site>`, engine/check/sites.ts). */
const ROW_ID_MAX = 120;
/** The user's sites on a service that repeats a setting per site: their addresses only (engine/check/sites.ts). */
export const Sites = z.array(z.string().check(z.regex(SITE_PATTERN))).check(z.maxLength(SITES_MAX));

const int = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const text = (max: number) => z.string().check(z.maxLength(max));

export const Prefs = z.object({
  mode: z.enum(MODES),
  muted: z._default(z.boolean(), false),
  snoozeUntil: z._default(z.nullable(z.number()), null),
  /** How often every added service is read again (engine/time/recheck.ts); one schedule for all. */
  recheck: z._default(z.enum(RECHECK_SCHEDULES), 'monthly'),
  /**
   * The settings the user chose to keep off in the privacy check (ids); null until they
   * first run or change it: until then only the AI switch is theirs to keep off.
   */
  chosen: z._default(z.nullable(z.array(text(40)).check(z.maxLength(40))), null),
});
const Audit = z.object({
  outcome: z.enum(OUTCOMES),
  at: z.number(),
  source: z.enum(['popup', 'page']),
  clicks: int(0, MAX_CLICKS),
  detail: z.optional(text(64)),
});
/** The last time a fresh load of the page showed the switch, and what it showed. */
const Known = z.object({ state: z.enum(['on', 'off']), at: z.number() });
/** One switch of such a page, by its structure, never its words (engine/switch/discover.ts SwitchSeen). */
const SwitchSeen = z.object({
  kind: z.enum(['input', 'switch', 'checkbox']),
  ties: z.array(z.enum(TIES)).check(z.maxLength(TIES.length)),
  hook: text(LABEL_MAX),
  length: int(0, 100_000),
  like: text(LABEL_MAX),
});
/** What a page showed when a setting's switch could not be found (the content script sends it). */
export const Seen = z.object({ lang: text(35), switches: z.array(SwitchSeen).check(z.maxLength(SEEN_MAX)) });
/** The same, with the page's path: for a report to the maintainers. */
const PageSeen = z.object({ path: text(200), ...Seen.def.shape });
/** One setting's record: its last check, the last verified reading, and the page when the switch was missing. */
export const SettingRecord = z.object({ audit: z.nullable(Audit), known: z.nullable(Known), page: z._default(z.nullable(PageSeen), null) });
/** The times of the last clicks on each setting's switch, by setting id (engine/check/click-window.ts). */
export const ClickLog = z.record(text(ROW_ID_MAX), z.array(z.number()).check(z.maxLength(CLICKS_PER_WINDOW)));
/** One setting's part of a run: how far, and how many clicks (engine/check/sweep.ts). */
const RowRun = z.object({
  id: text(ROW_ID_MAX),
  phase: z.enum(['act', 'verify']),
  clicks: int(0, MAX_CLICKS),
  toast: z.boolean(),
  mode: z.enum(MODES),
  /** When a click was granted with the current load's plan, until the load reports (engine/check/grant.ts). */
  granted: z.optional(z.number()),
});
/**
 * A check under way, of one setting, of several (the privacy check: `sweep`), or of another
 * service's settings (`service`): its tab, the rows still to finish, where the tab is (or is
 * being sent), and how far the current load is.
 */
export const Run = z.object({
  kind: z.enum(['one', 'sweep', 'service']),
  /** The service of its settings (a run never mixes services). */
  service: z._default(z.enum(SERVICE_IDS), 'linkedin'), // runs stored before other services existed were LinkedIn's
  tabId: z.number().check(z.int()),
  startedAt: z.number(),
  /** Last sign of life; a run silent for too long is taken as lost. */
  touchedAt: z.number(),
  step: z.enum(STEPS),
  source: z.enum(['popup', 'page']),
  rows: z.array(RowRun).check(z.maxLength(40)),
  /** Category pages still to look at for new settings (a sweep only). */
  visits: z.array(text(200)).check(z.maxLength(4)),
  /** How many settings the run started with (progress: "4 of 13"). */
  total: int(0, 40),
  /** What the tab is on, or being sent to. */
  target: z.nullable(z.union([z.object({ row: text(ROW_ID_MAX) }), z.object({ visit: text(200) })])),
  /** The tab was sent to the target and no load has begun there yet (a worker stopped meanwhile sends it again). */
  sent: z.boolean(),
  /** How many times the tab was sent again after a stop. */
  resends: int(0, 10),
  /** The check opened this tab (not the user's own, reused): it closes when its run ends. */
  opened: z._default(z.boolean(), false),
  /** How another tab of the same check ended before this one (the check's end is the worse of all its tabs'). */
  siblingEnd: z._default(z.nullable(z.enum(['signed-out', 'checkpoint', 'interrupted'])), null),
});
/** The checks under way: one run per tab, at most three tabs per service (engine/check/parallel.ts). */
export const Runs = z.array(Run).check(z.maxLength(TABS_PER_SERVICE * SERVICE_IDS.length));
/** The last privacy check (or check of another service): which settings, when, and how it ended. */
export const Sweep = z.object({
  ids: z.array(text(ROW_ID_MAX)).check(z.maxLength(40)),
  startedAt: z.number(),
  endedAt: z.nullable(z.number()),
  /** null while it runs; done: every chosen setting has its result. */
  end: z.nullable(z.enum(['done', 'signed-out', 'checkpoint', 'interrupted'])),
});
/** Something LinkedIn shows that the setting data does not know (engine/switch/discover.ts), and when it was last seen. */
export const FoundItem = z.object({
  kind: z.enum(['switch', 'entry']),
  label: text(LABEL_MAX),
  state: z.nullable(z.enum(['on', 'off'])),
  path: text(200),
  at: z.number(),
});
/** Reminder bookkeeping: when we were installed, the last reminder shown. */
export const Reminders = z.object({
  installedAt: z.number(),
  last: z.nullable(z.object({ key: text(120), at: z.number() })),
  /** When the re-check schedule last started one (null: never; the install counts as the start). */
  recheckedAt: z._default(z.nullable(z.number()), null),
});
/**
 * Settings found on again after they were verified off, by row id (engine/check/came-back.ts):
 * when they were last verified off, and when found on. Kept until verified off again.
 */
export const CameBack = z.record(text(ROW_ID_MAX), z.object({ since: z.number(), at: z.number() }));
const Choice = z.enum(CHOICE_RESULTS);
const Fill = z.enum(FILL_RESULTS);
/** What the objection prefill did (src/engine/form/prefill.ts), as reported and as kept. */
export const PrefillReport = z.object({
  option: z.optional(Choice),
  control: z.nullable(z.enum(CONTROLS)),
  confirmation: z.optional(Choice),
  firstName: z.optional(Fill),
  lastName: z.optional(Fill),
  email: z.optional(Fill),
  country: z.optional(Fill),
  explanation: z.optional(Fill),
  captcha: z.enum(CAPTCHA_STATES),
  submit: z.enum(SUBMIT_STATES),
}) satisfies z.ZodMiniType<PrefillReportShape>;
/**
 * The formal objection: the prefill under way or done, and the user's receipt. Read field
 * by field, so a run or report in an older shape reads as none and the receipt stays.
 */
export const Objection = z.object({
  run: z.nullable(
    z.object({
      tabId: z.number().check(z.int()),
      startedAt: z.number(),
      prefilled: z.boolean(),
      /** The run's tab has shown the form: only then may a confirmation page follow. */
      formSeen: z._default(z.boolean(), false),
    }),
  ),
  report: z.nullable(PrefillReport),
  reportedAt: z.nullable(z.number()),
  /** null: no answer yet; false: no form was found in the tab. */
  formFound: z.nullable(z.boolean()),
  /** Why the last run ended before a confirmation (the popup says so). */
  ended: z._default(z.nullable(z.enum(RUN_ENDS)), null),
  submittedAt: z.nullable(z.number()),
  caseNumber: z.nullable(text(40)),
});
/**
 * What the user typed into the extension for the forms; never read from a site. Older
 * versions kept the name as one string: it is kept as `legacyName`, for the user to split
 * into first and last name themselves (we never guess where a name splits). Country and
 * explanation (Meta's forms) came later: absent, they read as empty.
 */
export const Profile = z.object({
  firstName: text(PROFILE_LIMITS.name),
  lastName: text(PROFILE_LIMITS.name),
  email: text(PROFILE_LIMITS.email),
  /** An ISO 3166 code of OBJECTION_COUNTRIES, or '' (not chosen). */
  country: z._default(z.union([z.literal(''), z.enum(OBJECTION_COUNTRIES)]), ''),
  /** The user's own explanation for Meta's forms; '' means the default text of their language. */
  explanation: z._default(text(PROFILE_LIMITS.explanation), ''),
  legacyName: z.optional(text(200)),
});
/** Something the user must be told once, until they dismiss it. */
export const Notice = z.object({ kind: z.literal('storage-reset'), keys: z.array(text(40)).check(z.maxLength(20)), at: z.number() });
/** Walkthrough progress that is not derived from other facts. */
export const Walkthrough = z.object({ cleanupDone: z.boolean() });
/** The objection e-mails drafted (a service with no switch): when each was last opened in the user's mail client, by service name. Only that: never its text. */
export const Drafts = z.record(text(40), z.number());

export type Prefs = z.infer<typeof Prefs>;
export type SettingRecord = z.infer<typeof SettingRecord>;
export type Run = z.infer<typeof Run>;
export type Sweep = z.infer<typeof Sweep>;
export type FoundItem = z.infer<typeof FoundItem>;
export type Reminders = z.infer<typeof Reminders>;
export type CameBack = z.infer<typeof CameBack>;
export type Objection = z.infer<typeof Objection>;
export type Profile = z.infer<typeof Profile>;
export type Notice = z.infer<typeof Notice>;
export type Walkthrough = z.infer<typeof Walkthrough>;
