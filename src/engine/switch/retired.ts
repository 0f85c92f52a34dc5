// "Nothing to switch off here": the service has retired the setting for everyone and says so
// on the page where the switch was (Microsoft's new Copilot app, since 18 August 2026, says
// that prompts, responses and files are not used to train its foundation models). Said only
// on the statement the row declares from its facts, and, as "not offered here" (absent.ts),
// only while every switch on the page is accounted for: a switch we cannot place may be this
// setting, moved, and that must stay "not found", with the report for the maintainers.
import type { SettingRow } from '../model';
import { openRoots } from '../page/roots';
import { allAccountedFor, pageSays } from './absent';
import { renderedSwitches } from './locate';

/** Does this page show the statement that the setting is retired, and no switch we cannot account for? */
export function retiredHere(doc: Document, setting: SettingRow, roots = openRoots(doc)): boolean {
  const statements = setting.retired?.statements;
  return statements !== undefined && allAccountedFor(renderedSwitches(roots), setting.others) && pageSays(doc, statements);
}
