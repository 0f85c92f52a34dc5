// LinkedIn: the heart of the extension. Its host is held from install; its thirteen data
// and ads switches (./settings.ts, the AI switch first) and its objection form
// (./objection-form.ts). Its own features beside them: the privacy check, the deadline and
// its reminders, the record, the steps by hand, what its pages show that we do not know.
// Sources and confidence: ./facts.md.
import { defineService, type SettingRow } from '../../engine/model';
import { OBJECTION_FORM } from './objection-form';
import { AI_SPEC, LEFT_ALONE, SETTING_SPECS } from './settings';

const linkedin = defineService({
  id: 'linkedin',
  name: 'LinkedIn',
  origin: 'https://www.linkedin.com',
  host: 'install',
  pages: ['https://www.linkedin.com/mypreferences/*'],
  // Medium confidence.
  signIn: [/^\/login\b/, /^\/uas\/login\b/, /^\/checkpoint\//, /^\/authwall\b/, /^\/signup\b/],
  settings: SETTING_SPECS,
  leftAlone: LEFT_ALONE.map((s) => s.label),
  // The mobile web twin of every desktop settings page.
  twins: [['/mypreferences/d/', '/mypreferences/m/']],
  // LinkedIn's design-system error toast, beside role="alert" (medium).
  toast: '.artdeco-toast-item--error',
  forms: [OBJECTION_FORM],
});
export default linkedin;

export const LINKEDIN_ORIGIN = linkedin.origin;
/** LinkedIn's settings, in the order the privacy check visits them. */
export const SETTINGS: readonly SettingRow[] = linkedin.settings;
/** The AI switch, "Data for Generative AI Improvement": first in everything. */
export const GENERATIVE_AI = SETTINGS.find((s) => s.id === AI_SPEC.id) as SettingRow & Pick<typeof AI_SPEC, 'hook' | 'labels' | 'titles'>;
/** The ids ticked by default in the privacy check. */
export const RECOMMENDED: readonly string[] = SETTINGS.filter((s) => s.recommended).map((s) => s.id);
