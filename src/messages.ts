// Every message between the content script, the worker and the popup: one schema, a
// discriminated union on `type`. The worker parses everything it receives with it;
// the content script only sends (it imports the types, not zod).
import { MODES, OUTCOMES, STEPS } from './core/outcomes';
import { z } from './schema';

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
]);
export type Message = z.infer<typeof Message>;

/** The worker's answer to `audit/begin`. */
export const BeginReply = z.object({ mode: z.enum(MODES) });
export type BeginReply = z.infer<typeof BeginReply>;
