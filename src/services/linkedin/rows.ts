// LinkedIn's switches as the engine takes them, apart from its objection form: the content
// script of its settings pages carries these and nothing else of LinkedIn's (the form alone
// weighed 0.7 KB gzip there, a tenth of the script's budget). The service, form included:
// ./service.ts. Sources and confidence: ./facts.md.
import { defineService, type SettingRow } from '../../engine/model';
import { AI_SPEC, LEFT_ALONE, SETTING_SPECS } from './settings';

export const LINKEDIN_SWITCHES = defineService({
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
});

export const LINKEDIN_ORIGIN = LINKEDIN_SWITCHES.origin;
/** LinkedIn's settings, in the order the privacy check visits them. */
export const SETTINGS: readonly SettingRow[] = LINKEDIN_SWITCHES.settings;
/** The AI switch, "Data for Generative AI Improvement": first in everything. */
export const GENERATIVE_AI = SETTINGS.find((s) => s.id === AI_SPEC.id) as SettingRow & Pick<typeof AI_SPEC, 'hook' | 'labels' | 'titles'>;
/** The ids ticked by default in the privacy check. */
export const RECOMMENDED: readonly string[] = SETTINGS.filter((s) => s.recommended).map((s) => s.id);
