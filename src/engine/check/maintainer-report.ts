// The report a user may copy for the maintainers when a known switch could not be found
// (the service changed its page): the page's path, the hooks and labels of the switches it
// showed, the extension's version and UI language. Nothing else: no name, no account
// data. Shown in full before it is copied; the extension itself sends nothing.
import type { SwitchSeen } from '../switch/discover';

export interface ReportInput {
  settingId: string;
  outcome: string;
  path: string;
  switches: readonly SwitchSeen[];
  version: string;
  uiLanguage: string;
}

export function maintainerReport(input: ReportInput): string {
  const switches = input.switches.length ? input.switches.map((s) => `- ${s.hook || '(no hook)'} | ${s.label || '(no label)'}`) : ['- (no switch on the page)'];
  return [
    `Setting "${input.settingId}": ${input.outcome}`,
    `Page: ${input.path}`,
    'Switches on the page (hook | label):',
    ...switches,
    `Extension ${input.version}, UI language ${input.uiLanguage}`,
  ].join('\n');
}
