// The report a user may copy when a service's check failed, for any service: which of its
// settings failed, with what outcome, at which step and why (codes of ours), the
// extension's version and the browser. Meant to be pasted in public, so it holds nothing
// of the user's: a row of a setting repeated per site is named by its setting alone (the
// site is the user's address), only codes that have the shape of ours pass, and every
// detail the user typed in the extension is blanked whatever happens. The page's words are
// never in it (for LinkedIn's pages, ./maintainer-report.ts adds their structure).
import { withoutDetails } from './maintainer-report';
import { isProblem, type Outcome, type Step } from './outcomes';

export interface FailedRow {
  id: string;
  outcome: Outcome;
  detail?: string;
  clicks: number;
}

interface FailureInput {
  service: string;
  rows: readonly FailedRow[];
  /** How the service's last check ended ('done', 'signed-out'...), if known. */
  end: string | null;
  version: string;
  /** navigator.userAgent: only the browser's name and major version are kept. */
  userAgent: string;
  uiLanguage: string;
  /** What the user typed in the extension (their name, their e-mail): never in the report. */
  userDetails: readonly string[];
}

/** Where a check stops for each failure (engine/check/outcomes.ts STEPS). */
const STEP_OF: Partial<Record<Outcome, Step>> = {
  'signed-out': 'opening',
  'not-found': 'searching',
  ambiguous: 'searching',
  'save-rejected': 'confirming',
};

/** One of our codes: lower-case words and hyphens, short; anything else is not ours. */
const CODE = /^[a-z][a-z0-9-]{0,39}$/;
/** A language tag (en, pt-BR). */
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const code = (s: string | null | undefined): string | null => (s && CODE.test(s) ? s : null);

/** The browser and its major version, nothing else of the user agent. */
export function browserOf(userAgent: string): string {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const chrome = /(?:Chrome|Chromium)\/(\d+)/.exec(userAgent);
  return chrome ? `Chromium ${chrome[1]}` : 'another browser';
}

function line(row: FailedRow): string {
  const at = row.id.indexOf('@');
  const setting = code(at < 0 ? row.id : row.id.slice(0, at)) ?? '(unknown)';
  const step = STEP_OF[row.outcome] ?? code(row.detail) ?? 'unknown';
  const detail = code(row.detail);
  const parts = [
    `setting "${setting}"${at < 0 ? '' : ' (one of your sites)'}`,
    `${row.outcome} at step ${step}`,
    ...(detail ? [`detail ${detail}`] : []),
    `${row.clicks} click${row.clicks === 1 ? '' : 's'}`,
  ];
  return `- ${parts.join(', ')}`;
}

export function failureReport(input: FailureInput): string {
  const failed = input.rows.filter((r) => isProblem(r.outcome));
  const text = [
    `Service "${code(input.service) ?? '(unknown)'}": ${failed.length} setting${failed.length === 1 ? '' : 's'} could not be checked`,
    ...failed.map(line),
    `Check ended: ${code(input.end) ?? 'unknown'}`,
    `Extension ${VERSION.test(input.version) ? input.version : 'unknown'}, ${browserOf(input.userAgent)}, UI language ${LANG.test(input.uiLanguage) ? input.uiLanguage : 'unknown'}`,
  ].join('\n');
  return withoutDetails(text, input.userDetails);
}
