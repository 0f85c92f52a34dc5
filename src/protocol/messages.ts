// Every message between the content scripts, the worker and the extension's pages, declared
// once in one table: its type, its fields' schema, and who may send it. The union the
// worker parses everything with, its type, and who may send what are derived from it; the
// worker's handlers are a table the compiler checks against it (background/index.ts). The
// content scripts only send (they import the types, not zod) and check the worker's
// replies by hand (engine/check/replies.ts, engine/form/replies.ts).
import { FOUND_MAX, LABEL_MAX } from '../engine/switch/discover';
import { MODES, STEPS } from '../engine/check/outcomes';
import { FORM_IDS, SWITCH_SERVICE_IDS } from '../services';
import { DRAFT_NAMES } from '../services/no-control';
import { changeOf, z } from '../platform/zod';
import { PrefillReport, Prefs, Profile, Seen, Sites, Walkthrough } from '../store/schemas';

const detail = z.string().check(z.maxLength(64));
/** What one load of a settings page found (engine/switch/load.ts LoadReport). */
const LoadReport = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), state: z.enum(['on', 'off']) }),
  z.object({ kind: z.literal('settled'), state: z.enum(['on', 'off', 'gone', 'unreadable']), toast: z.boolean() }),
  z.object({ kind: z.literal('failed'), outcome: z.enum(['not-found', 'not-offered', 'ambiguous', 'interrupted', 'signed-out']), detail }),
]);

/** A setting's id, or one site's row of a per-site setting (`<id>@<site>`). */
const settingId = z.string().check(z.maxLength(120));
/** The page's path (with its #hash) as the content script sees it (after in-app navigation too); its origin is the sender's. */
const path = z.string().check(z.maxLength(200), z.regex(/^\//));
const label = z.string().check(z.maxLength(LABEL_MAX));
/** Something new a page showed (engine/switch/discover.ts Found). */
const Found = z.object({
  kind: z.enum(['switch', 'entry']),
  label,
  state: z.nullable(z.enum(['on', 'off'])),
  path,
});
const FoundList = z.array(Found).check(z.maxLength(FOUND_MAX));

/** Changes an extension page asks the worker to make, field by field. */
const StatePatch = z.object({
  prefs: z.optional(changeOf(Prefs)),
  profile: z.optional(changeOf(Profile)),
  walkthrough: z.optional(Walkthrough),
  notice: z.optional(z.null()),
  /** An objection e-mail was opened as a draft for this service (no switch, a published contact): the worker notes the date. */
  draft: z.optional(z.enum(DRAFT_NAMES)),
});
export type StatePatch = z.infer<typeof StatePatch>;

/** Who sends: the extension's own pages, its content script on LinkedIn's pages, or on another service's. */
export type Sender = 'extension' | 'linkedin' | 'service';
const EXTENSION = ['extension'] as const;
/** Content scripts, on LinkedIn's pages or another service's (the worker answers only on the run's own pages). */
const PAGES = ['linkedin', 'service'] as const;

/** Every message: who may send it, and its fields. */
const MESSAGES = {
  /** page -> worker: open (or reload) the settings page and check it. */
  'audit/start': { from: EXTENSION, fields: { mode: z.optional(z.enum(MODES)) } },
  /** page -> worker: the privacy check of these settings (default: the user's choice). */
  'sweep/start': { from: EXTENSION, fields: { ids: z.optional(z.array(settingId).check(z.maxLength(40))), mode: z.optional(z.enum(MODES)) } },
  /** page -> worker: check one of the other services (its settings), and switch them off unless audit only. */
  // `setting`: one setting the check leaves to the user's choice (not recommended), chosen on its row.
  'service/start': {
    from: EXTENSION,
    fields: { service: z.enum(SWITCH_SERVICE_IDS), mode: z.optional(z.enum(MODES)), setting: z.optional(z.string().check(z.maxLength(120))) },
  },
  /** page -> worker: check every service the user added (LinkedIn's AI switch first), switched off unless audit only. */
  'services/check-all': { from: EXTENSION, fields: { mode: z.optional(z.enum(MODES)) } },
  /** page -> worker: open (or focus) an objection form and prefill it. */
  'objection/start': { from: EXTENSION, fields: { form: z.enum(FORM_IDS) } },
  /** page -> worker: change stored values (preferences, details, walkthrough, notice). */
  'state/patch': { from: EXTENSION, fields: { patch: StatePatch } },
  /** content -> worker: a settings page has loaded; what should this load do? (An opt-out plan may come with its first click granted.) */
  'audit/begin': { from: PAGES, fields: { path } },
  /** content -> worker: may I click this setting's switch now? (the worker counts every click) */
  'audit/click': { from: PAGES, fields: { settingId } },
  /** content -> worker: progress of the running check. */
  'audit/progress': { from: PAGES, fields: { step: z.enum(STEPS) } },
  /**
   * content -> worker: what this load found about the setting, and new things on the page.
   * `fresh`: the page was loaded at this address (not reached by in-app navigation), so it
   * shows what the service saved.
   */
  // `seen` may be absent (Chromium drops a null when a message passes through executeScript's args): none.
  // `grantUnused`: the click granted with the plan (`audit/begin`'s answer) was not used: the worker gives it back.
  'audit/report': {
    from: PAGES,
    fields: {
      path,
      settingId,
      report: LoadReport,
      found: FoundList,
      seen: z.optional(z.nullable(Seen)),
      fresh: z.boolean(),
      grantUnused: z.optional(z.boolean()),
    },
  },
  /** content -> worker: the user's sites, as the service's list of them shows them (addresses only; asked for by the run's visit). */
  'audit/sites': { from: ['service'] as const, fields: { path, sites: Sites } },
  /** content -> worker: a look at a LinkedIn page (a category page, or a page with nothing to do) for new settings. */
  'page/scan': { from: ['linkedin'] as const, fields: { path, found: FoundList } },
  /** form page -> worker: the form is open; prefill it? with what? (answered only on the run's form, in the run's tab) */
  'objection/begin': { from: PAGES, fields: {} },
  /** form page -> worker: what the prefill did; `found: false` when no form was found. */
  'objection/report': { from: PAGES, fields: { found: z.boolean(), report: z.nullable(PrefillReport) } },
  /** form page -> worker: the site confirmed the submission. */
  'objection/receipt': { from: PAGES, fields: { caseNumber: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9-]{3,40}$/))) } },
} satisfies Record<string, { from: readonly Sender[]; fields: z.core.$ZodShape }>;

export type MessageType = keyof typeof MESSAGES;
type Table = typeof MESSAGES;
/** One message of each type: its `type` and its fields. */
type Fields<S extends z.core.$ZodShape> = keyof S extends never ? unknown : z.infer<z.ZodMiniObject<S>>;
export type Message = { [T in MessageType]: { type: T } & Fields<Table[T]['fields']> }[MessageType];

const TYPES = Object.keys(MESSAGES) as MessageType[];
/** The schema every message the worker receives is parsed with. */
export const Message = z.discriminatedUnion(
  'type',
  TYPES.map((type) => z.object({ type: z.literal(type), ...MESSAGES[type].fields })) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
) as unknown as z.ZodMiniType<Message>;

/** Which kinds of sender may send each message type. */
export const ALLOWED = Object.fromEntries(TYPES.map((type) => [type, MESSAGES[type].from])) as unknown as { [T in MessageType]: readonly Sender[] };
