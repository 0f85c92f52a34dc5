// Every message between the content script, the worker and the popup: one schema, a
// discriminated union on `type`. The worker parses everything it receives with it;
// the content script only sends (it imports the types, not zod).
import { CAPTCHA_STATES, CHOICE_RESULTS, CONTROLS, FILL_RESULTS, SUBMIT_STATES, type PrefillReport as PrefillReportShape } from './core/objection-terms';
import { MODES, OUTCOMES, STEPS } from './core/outcomes';
import { z } from './schema';

const Choice = z.enum(CHOICE_RESULTS);
const Fill = z.enum(FILL_RESULTS);
/** What the objection prefill did (src/core/objection-prefill.ts). */
export const PrefillReport = z.object({
  option: Choice,
  control: z.enum(CONTROLS).nullable(),
  confirmation: Choice,
  firstName: Fill,
  lastName: Fill,
  email: Fill,
  captcha: z.enum(CAPTCHA_STATES),
  submit: z.enum(SUBMIT_STATES),
}) satisfies z.ZodType<PrefillReportShape>;

export const Message = z.discriminatedUnion('type', [
  /** popup -> worker: open (or reload) the settings page and audit it. */
  z.object({ type: z.literal('audit/start'), mode: z.enum(MODES).optional() }),
  /** content -> worker: the settings page is open; which mode applies? */
  z.object({ type: z.literal('audit/begin') }),
  /** content -> worker: progress of the running audit. */
  z.object({ type: z.literal('audit/progress'), step: z.enum(STEPS) }),
  /** content -> worker: how the audit ended. */
  z.object({
    type: z.literal('audit/report'),
    outcome: z.enum(OUTCOMES),
    clicks: z.number().int().min(0).max(3),
    detail: z.string().max(64).optional(),
  }),
  /** popup -> worker: open (or focus) the objection form and prefill it. */
  z.object({ type: z.literal('objection/start') }),
  /** form page -> worker: the form is open; prefill it? with what? */
  z.object({ type: z.literal('objection/begin') }),
  /** form page -> worker: what the prefill did; `found: false` when no form was found. */
  z.object({ type: z.literal('objection/report'), found: z.boolean(), report: PrefillReport.nullable() }),
  /** form page -> worker: LinkedIn confirmed the submission. */
  z.object({ type: z.literal('objection/receipt'), caseNumber: z.string().regex(/^[A-Za-z0-9-]{3,40}$/).nullable() }),
]);
export type Message = z.infer<typeof Message>;

/**
 * The worker's answer to `objection/begin`, decided from the tab's URL: `prefill` (with the
 * user's own details) only on the run's TS-DPRO form; `receipt` only in the top frame of
 * LinkedIn's confirmation reached from it; `watch` while on the form, in case LinkedIn
 * moves to its confirmation without loading a new page.
 */
export const ObjectionBeginReply = z.object({
  action: z.enum(['none', 'prefill', 'watch', 'receipt']),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
});
export type ObjectionBeginReply = z.infer<typeof ObjectionBeginReply>;

/** The worker's answer to `audit/begin`. */
export const BeginReply = z.object({ mode: z.enum(MODES) });
export type BeginReply = z.infer<typeof BeginReply>;
