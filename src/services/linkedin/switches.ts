// LinkedIn and its thirteen data and ads switches (./settings.ts, the AI switch first): the
// service as the switch engine takes it, apart from its objection form, so that LinkedIn's
// content script carries the rows it needs and nothing of the form (./service.ts adds it).
// Sources and confidence: ./facts.md.
import { defineService, type SettingRow } from '../../engine/model';
import { AI_SPEC, DESKTOP, LEFT_ALONE, MOBILE, SETTING_SPECS } from './settings';

export const LINKEDIN = defineService({
  id: 'linkedin',
  name: 'LinkedIn',
  category: 'network',
  origin: 'https://www.linkedin.com',
  host: 'install',
  pages: ['https://www.linkedin.com/mypreferences/*'],
  // Medium confidence.
  signIn: [/^\/login\b/, /^\/uas\/login\b/, /^\/checkpoint\//, /^\/authwall\b/, /^\/signup\b/],
  settings: SETTING_SPECS,
  leftAlone: LEFT_ALONE.map((s) => s.label),
  // The mobile web twin of every desktop settings page.
  twins: [[DESKTOP, MOBILE]],
  // LinkedIn's design-system error toast, beside role="alert" (medium).
  toast: '.artdeco-toast-item--error',
});

export const LINKEDIN_ORIGIN = LINKEDIN.origin;
/** LinkedIn's settings, in the order the privacy check visits them. */
export const SETTINGS: readonly SettingRow[] = LINKEDIN.settings;
/** The AI switch, "Data for Generative AI Improvement": first in everything. */
export const GENERATIVE_AI = SETTINGS.find((s) => s.id === AI_SPEC.id) as SettingRow & Pick<typeof AI_SPEC, 'hook' | 'labels' | 'titles'>;
/** The ids ticked by default in the privacy check. */
export const RECOMMENDED: readonly string[] = SETTINGS.filter((s) => s.recommended).map((s) => s.id);
