// The user's own record, for their files: what the switch was verified as and when, and
// when the objection was submitted. Built from stored facts only; no profile data.
import { OBJECTION_FORM } from './objection-form';
import type { Outcome } from '../../engine/check/outcomes';
import { settingUrl } from '../../engine/switch/pages';
import { GENERATIVE_AI, LINKEDIN_ORIGIN } from './switches';

interface RecordInput {
  known: { state: 'on' | 'off'; at: number } | null;
  audit: { outcome: Outcome; at: number } | null;
  objection: { submittedAt: number | null; caseNumber: string | null };
  version: string;
  now: number;
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export function buildRecord(input: RecordInput) {
  return {
    generator: `AI Training Opt-Out ${input.version}`,
    exportedAt: iso(input.now),
    setting: {
      label: GENERATIVE_AI.labels.en[0],
      page: settingUrl(GENERATIVE_AI),
      state: input.known?.state ?? 'unknown',
      verifiedOffAt: input.known?.state === 'off' ? iso(input.known.at) : null,
      lastCheck: input.audit ? { outcome: input.audit.outcome, at: iso(input.audit.at) } : null,
    },
    objection: {
      form: LINKEDIN_ORIGIN + OBJECTION_FORM.path,
      submittedAt: iso(input.objection.submittedAt),
      caseNumber: input.objection.caseNumber,
    },
  };
}

/** The same record as plain text lines, with translated sentences and dates. */
export function recordText(
  record: ReturnType<typeof buildRecord>,
  say: { title: string; switchLine: string; objectionLine: string; caseLine: string | null },
): string {
  return [
    say.title,
    '',
    say.switchLine,
    `  ${record.setting.page}`,
    say.objectionLine,
    ...(say.caseLine ? [say.caseLine] : []),
    `  ${record.objection.form}`,
    '',
    `${record.generator}, ${record.exportedAt}`,
  ].join('\n');
}
