// The worker's answers to the switch content scripts, checked by hand: the content scripts
// run inside the sites' pages and carry no zod. Anything unexpected reads as "do nothing".
import { CATEGORIES, type SettingRow } from '../model';
import { hasShape, isByLang, isString, isStrings, optional } from '../shape';
import type { LoadPlan } from '../switch/load';

/**
 * The answer to `audit/begin`: this load's plan for one setting, or no plan (another tab's
 * check is running, or nothing to do here: stay quiet); and whether to look for new settings.
 */
export type BeginReply = {
  plan: LoadPlan | null;
  settingId: string | null;
  scan: boolean;
  /** The load's first click, granted and counted with an opt-out plan (engine/check/grant.ts): its number (1-3). */
  click?: number;
};

/** Objects, arrays included (a plan is read field by field; engine/shape.ts's isObject refuses arrays). */
const isObjectLike = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The answer to `audit/begin` on another service's page, whose script carries no data of
 * its own: the setting's row, and the element that shows only to a signed-out visitor.
 */
export type SiteReply = BeginReply & {
  row: SettingRow | null;
  signedOut: string | null;
  /** On the run's visit of the list of the user's sites: the shape of the links that name them (`/home/:site`). */
  sites?: string;
};

/**
 * A plan from the worker. A reply that is not one (no worker, an older worker) means: read
 * the page's own setting, change nothing (`fallbackId`, null: nothing to read here).
 */
export function parseBeginReply(reply: unknown, fallbackId: string | null): BeginReply {
  const readOnly: BeginReply = { plan: fallbackId === null ? null : { phase: 'act', mode: 'audit' }, settingId: fallbackId, scan: false };
  if (!isObjectLike(reply) || !('plan' in reply)) return readOnly;
  const scan = reply.scan === true;
  const plan = reply.plan;
  if (plan === null) return { plan: null, settingId: null, scan };
  const settingId = typeof reply.settingId === 'string' ? reply.settingId : null;
  if (!isObjectLike(plan) || settingId === null) return { ...readOnly, scan };
  if (plan.phase === 'verify') return { plan: { phase: 'verify' }, settingId, scan };
  const mode = plan.phase === 'act' && plan.mode === 'optout' ? 'optout' : 'audit';
  // A click comes only with a plan to switch off.
  const click = mode === 'optout' ? parseClickReply(reply) : null;
  return { plan: plan.brisk === true ? { phase: 'act', mode, brisk: true } : { phase: 'act', mode }, settingId, scan, ...(click === null ? {} : { click }) };
}

/** The answer to `audit/click` (or the click granted with `audit/begin`'s plan): the click's number (1-3), or null: do not click. */
export function parseClickReply(reply: unknown): number | null {
  const n = isObjectLike(reply) ? reply.click : null;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 3 ? n : null;
}

/**
 * The worker's word to a load under way in a tab (its `type`): stop, nothing more is clicked
 * (its service's host was taken back: a click granted with the plan must not be used).
 */
export const STOP = 'audit/stop';

const HOOKS_BY: readonly unknown[] = ['labelledby', 'describedby', 'testid', 'id'];
/** The evidence that a setting is not offered: notices and sibling labels, each per language. */
const isNotOffered = (v: unknown) => hasShape(v, { notices: optional(isByLang), siblings: optional(isByLang) });
/** A control that is not a switch: its kind and, each per language, the words it shows and the entries and buttons it may choose. */
const isControl = (v: unknown) =>
  hasShape(v, { kind: (k) => k === 'menu' || k === 'value', on: isByLang, off: isByLang }) &&
  (v.kind === 'value' || hasShape(v, { item: isByLang, avoid: isByLang, confirm: optional(isByLang) }));
const isRetired = (v: unknown) => hasShape(v, { since: isString, statements: isByLang });
const isTwins = (v: unknown) => Array.isArray(v) && v.every((t) => isStrings(t) && t.length === 2);

/** A setting's row as the worker sends it, or null: not exactly a row. */
function parseRow(v: unknown): SettingRow | null {
  const ok = hasShape(v, {
    id: isString,
    service: isString,
    origin: isString,
    path: isString,
    hook: (h) => h === null || isString(h),
    hookBy: (h) => HOOKS_BY.includes(h),
    open: optional(isStrings),
    openBy: optional((o) => Array.isArray(o) && o.every(isByLang)),
    home: optional((h) => typeof h === 'boolean'),
    category: (c) => (CATEGORIES as readonly unknown[]).includes(c),
    recommended: (r) => typeof r === 'boolean',
    titles: isByLang,
    labels: isByLang,
    others: isStrings,
    twins: isTwins,
    toast: optional(isString),
    notOffered: optional(isNotOffered),
    control: optional(isControl),
    protective: optional((p) => p === 'on' || p === 'off'),
    site: optional(isString),
    save: optional(isByLang),
    movesTo: optional(isStrings),
    retired: optional(isRetired),
  });
  return ok ? (v as unknown as SettingRow) : null;
}

/** The answer to `audit/begin` on another service's page; anything unexpected means: nothing here. */
export function parseSiteReply(reply: unknown): SiteReply {
  const begin = parseBeginReply(reply, null);
  const row = isObjectLike(reply) ? parseRow(reply.row) : null;
  const signedOut = isObjectLike(reply) && isString(reply.signedOut) ? reply.signedOut : null;
  // A plan without its setting's row, or for another setting, is no plan.
  if (begin.plan && row?.id !== begin.settingId) return { plan: null, settingId: null, scan: false, row: null, signedOut };
  const sites = isObjectLike(reply) && isString(reply.sites) && reply.sites.includes(':site') ? { sites: reply.sites } : {};
  return { ...begin, row, signedOut, ...sites };
}
