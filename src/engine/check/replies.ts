// The worker's answers to the content scripts, checked by hand: the content scripts run
// inside LinkedIn's pages and carry no zod. Anything unexpected reads as "do nothing".
import type { LoadPlan } from '../switch/load';

/**
 * The answer to `audit/begin`: this load's plan for one setting, or no plan (another tab's
 * check is running, or nothing to do here: stay quiet); and whether to look for new settings.
 */
export type BeginReply = { plan: LoadPlan | null; settingId: string | null; scan: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A plan from the worker. A reply that is not one (no worker, an older worker) means: read
 * the page's own setting, change nothing (`fallbackId`, null: nothing to read here).
 */
export function parseBeginReply(reply: unknown, fallbackId: string | null): BeginReply {
  const readOnly: BeginReply = { plan: fallbackId === null ? null : { phase: 'act', mode: 'audit' }, settingId: fallbackId, scan: false };
  if (!isObject(reply) || !('plan' in reply)) return readOnly;
  const scan = reply.scan === true;
  const plan = reply.plan;
  if (plan === null) return { plan: null, settingId: null, scan };
  const settingId = typeof reply.settingId === 'string' ? reply.settingId : null;
  if (!isObject(plan) || settingId === null) return { ...readOnly, scan };
  if (plan.phase === 'verify') return { plan: { phase: 'verify' }, settingId, scan };
  const mode = plan.phase === 'act' && plan.mode === 'optout' ? 'optout' : 'audit';
  return { plan: plan.brisk === true ? { phase: 'act', mode, brisk: true } : { phase: 'act', mode }, settingId, scan };
}

/** The answer to `audit/click`: the click's number (1-3), or null: do not click. */
export function parseClickReply(reply: unknown): number | null {
  const n = isObject(reply) ? reply.click : null;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 3 ? n : null;
}

/** What the worker tells the objection form's page to do, with the user's details only for `prefill`. */
export interface ObjectionPlan {
  action: 'none' | 'prefill' | 'watch' | 'receipt';
  /** The run's form (objection-form.ts), '' with `none`. */
  form: string;
  firstName: string;
  lastName: string;
  email: string;
  country: string;
  explanation: string;
}

/** The answer that says: nothing to do here. */
export const NO_PLAN: ObjectionPlan = { action: 'none', form: '', firstName: '', lastName: '', email: '', country: '', explanation: '' };

const ACTIONS: readonly ObjectionPlan['action'][] = ['none', 'prefill', 'watch', 'receipt'];

/** The answer to `objection/begin`; anything unexpected means: do nothing here. */
export function parseObjectionReply(reply: unknown): ObjectionPlan {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const action = isObject(reply) ? ACTIONS.find((a) => a === reply.action) : undefined;
  if (!action || !isObject(reply)) return NO_PLAN;
  const field = (key: keyof ObjectionPlan) => text(reply[key]);
  return {
    action,
    form: field('form'),
    firstName: field('firstName'),
    lastName: field('lastName'),
    email: field('email'),
    country: field('country'),
    explanation: field('explanation'),
  };
}
