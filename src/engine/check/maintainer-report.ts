// The report a user may copy for the maintainers when a known switch could not be found
// (the service changed its page). It is meant to be pasted in public, so it carries the
// page's structure and never its words: for each switch, what kind of control it is, how
// it is tied to its text (attribute names), the hook of our data it carries, its text's
// length, the label of our data it reads like; the page's path and language;
// the extension's version and UI language. The words of a page may be the member's own
// (a name, an e-mail, a member id in a label, a hook or a path), so what comes from the page
// (the path, the language) is redacted of anything that looks like an e-mail, a web
// address, a phone or a run of digits, and the whole text of every detail the user typed
// in the extension. Shown in full before it is copied; the extension itself sends nothing.
import type { PageSeen, SwitchSeen } from '../switch/discover';

export interface ReportInput {
  settingId: string;
  outcome: string;
  page: PageSeen & { path: string };
  version: string;
  uiLanguage: string;
  /** What the user typed in the extension (their name, their e-mail): never in the report. */
  userDetails: readonly string[];
}

/** What a page's text may hold that is no one's business, and what stands in its place. */
const PATTERNS: [RegExp, string][] = [
  [/[^\s/@]+@[^\s/@]+/g, '[e-mail]'],
  [/\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+/gi, '[address]'],
  [/\+?\(?\d[\d\s().-]{5,}\d/g, '[number]'],
  [/\d{3,}/g, '[number]'],
];

/** A page-derived text without e-mails, addresses, phone numbers or runs of digits. */
export function redactPage(text: string): string {
  return PATTERNS.reduce((out, [pattern, stand]) => out.replace(pattern, stand), text);
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text without any of the user's details (case aside; details shorter than two characters are no details). */
export function withoutDetails(text: string, details: readonly string[]): string {
  const kept = [...new Set(details.map((d) => d.trim()).filter((d) => d.length >= 2))].sort((a, b) => b.length - a.length);
  return kept.length ? text.replace(new RegExp(kept.map(literally).join('|'), 'gi'), '[your details]') : text;
}

function line(s: SwitchSeen): string {
  const parts = [
    s.kind,
    s.ties.length ? `named by ${s.ties.join(' + ')}` : 'named by nothing',
    s.hook ? `hook ${s.hook}` : 'no hook we know',
    `${s.length} characters`,
    s.like ? `reads like "${s.like}"` : 'reads like none of our labels',
  ];
  return `- ${parts.join(', ')}`;
}

export function maintainerReport(input: ReportInput): string {
  const { page } = input;
  const switches = page.switches.length ? page.switches.map(line) : ['- (no switch on the page)'];
  const text = [
    `Setting "${input.settingId}": ${input.outcome}`,
    `Page: ${redactPage(page.path)}`,
    `Page language: ${redactPage(page.lang) || '(not declared)'}`,
    'Switches on the page (their structure; no word of the page is copied):',
    ...switches,
    `Extension ${input.version}, UI language ${input.uiLanguage}`,
  ].join('\n');
  return withoutDetails(text, input.userDetails);
}
