// Every message between the content scripts, the worker and the extension's pages: one
// schema, a discriminated union on `type`. The worker parses everything it receives with
// it; the content scripts only send (they import the types, not zod) and check the
// worker's replies by hand (core/replies.ts).
import { FOUND_MAX, LABEL_MAX, SEEN_MAX } from '../engine/switch/discover';
import { MODES, STEPS } from '../engine/check/outcomes';
import { FORM_IDS, SWITCH_SERVICE_IDS } from '../services';
import { changeOf, z } from '../platform/zod';
import { PrefillReport, Prefs, Profile, Walkthrough } from '../store/store';

const detail = z.string().check(z.maxLength(64));
/** What one load of a settings page found (core/optout.ts LoadReport). */
const LoadReport = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), state: z.enum(['on', 'off']) }),
  z.object({ kind: z.literal('settled'), state: z.enum(['on', 'off', 'gone', 'unreadable']), toast: z.boolean() }),
  z.object({ kind: z.literal('failed'), outcome: z.enum(['not-found', 'ambiguous', 'interrupted', 'signed-out']), detail }),
]);

const settingId = z.string().check(z.maxLength(40));
/** The page's path (with its #hash) as the content script sees it (after in-app navigation too); its origin is the sender's. */
const path = z.string().check(z.maxLength(200), z.regex(/^\//));
const label = z.string().check(z.maxLength(LABEL_MAX));
/** Something new a page showed (core/discover.ts Found). */
const Found = z.object({
  kind: z.enum(['switch', 'entry']),
  label,
  state: z.nullable(z.enum(['on', 'off'])),
  path,
});
const FoundList = z.array(Found).check(z.maxLength(FOUND_MAX));
/** The switches of a page whose known switch was missing (core/discover.ts SwitchSeen). */
const Seen = z.array(z.object({ hook: label, label })).check(z.maxLength(SEEN_MAX));

/** Changes an extension page asks the worker to make, field by field. */
const StatePatch = z.object({
  prefs: z.optional(changeOf(Prefs)),
  profile: z.optional(changeOf(Profile)),
  walkthrough: z.optional(Walkthrough),
  notice: z.optional(z.null()),
});
export type StatePatch = z.infer<typeof StatePatch>;

export const Message = z.discriminatedUnion('type', [
  /** page -> worker: open (or reload) the settings page and check it. */
  z.object({ type: z.literal('audit/start'), mode: z.optional(z.enum(MODES)) }),
  /** page -> worker: the privacy check of these settings (default: the user's choice). */
  z.object({ type: z.literal('sweep/start'), ids: z.optional(z.array(settingId).check(z.maxLength(40))), mode: z.optional(z.enum(MODES)) }),
  /** page -> worker: check one of the other services (its settings), and switch them off unless audit only. */
  z.object({ type: z.literal('service/start'), service: z.enum(SWITCH_SERVICE_IDS), mode: z.optional(z.enum(MODES)) }),
  /** content -> worker: a preferences page has loaded; what should this load do? */
  z.object({ type: z.literal('audit/begin'), path }),
  /** content -> worker: may I click this setting's switch now? (the worker counts every click) */
  z.object({ type: z.literal('audit/click'), settingId }),
  /** content -> worker: progress of the running check. */
  z.object({ type: z.literal('audit/progress'), step: z.enum(STEPS) }),
  /** content -> worker: what this load found about the setting, and new things on the page. */
  /** `fresh`: the page was loaded at this address (not reached by in-app navigation), so it shows what the service saved. */
  z.object({ type: z.literal('audit/report'), path, settingId, report: LoadReport, found: FoundList, seen: Seen, fresh: z.boolean() }),
  /** content -> worker: a look at a page (a category page, or a page with nothing to do) for new settings. */
  z.object({ type: z.literal('page/scan'), path, found: FoundList }),
  /** page -> worker: change stored values (preferences, details, walkthrough, notice). */
  z.object({ type: z.literal('state/patch'), patch: StatePatch }),
  /** page -> worker: open (or focus) an objection form and prefill it. */
  z.object({ type: z.literal('objection/start'), form: z.enum(FORM_IDS) }),
  /** form page -> worker: the form is open; prefill it? with what? */
  z.object({ type: z.literal('objection/begin') }),
  /** form page -> worker: what the prefill did; `found: false` when no form was found. */
  z.object({ type: z.literal('objection/report'), found: z.boolean(), report: z.nullable(PrefillReport) }),
  /** form page -> worker: the site confirmed the submission. */
  z.object({ type: z.literal('objection/receipt'), caseNumber: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9-]{3,40}$/))) }),
]);
export type Message = z.infer<typeof Message>;
