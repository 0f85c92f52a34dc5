// Services that use (or license) what their users write, with no switch a user can turn
// off: listed on the options page as they are, with no button, rather than pretending.
// Each says when its facts were gathered and how sure they are, because what a service
// says changes and some of it comes from write-ups rather than its own pages. Sources:
// docs/services-facts.md ("No control at all").
import type { Confidence, ServiceGroup } from '../engine/model';
import type { MessageKey } from '../generated/message-keys';

interface NoControlService {
  /** Its name, the same in every language. */
  name: string;
  /** Its group on the dashboard (engine/model.ts SERVICE_GROUPS). */
  category: ServiceGroup;
  /** One sentence: what the service does, and what exists instead of a switch. */
  what: MessageKey;
  /** The day its facts were gathered (YYYY-MM-DD, a calendar date), shown beside its sentence. */
  asOf: string;
  confidence: Confidence;
  /**
   * The privacy address its own privacy policy publishes, where an objection under Article 21
   * GDPR can go (the options page drafts one in the user's mail client). Only an address found
   * in a stored source: each one's source is in docs/services-facts.md.
   */
  privacyEmail?: string;
}

export const NO_CONTROL: readonly NoControlService[] = [
  { name: 'Reddit', category: 'network', what: 'noControlLicensed', asOf: '2026-11-30', confidence: 'medium' },
  { name: 'Stack Overflow', category: 'network', what: 'noControlLicensed', asOf: '2026-11-30', confidence: 'medium' },
  { name: 'Medium', category: 'publishing', what: 'noControlMedium', asOf: '2026-11-30', confidence: 'medium' },
  { name: 'Zoom', category: 'network', what: 'noControlZoom', asOf: '2026-11-30', confidence: 'medium', privacyEmail: 'privacy@zoom.us' },
  { name: 'Slack', category: 'network', what: 'noControlSlack', asOf: '2026-11-30', confidence: 'medium' },
  { name: 'Meta AI', category: 'assistant', what: 'noControlMetaAi', asOf: '2026-12-07', confidence: 'medium' },
  { name: 'WhatsApp', category: 'network', what: 'noControlWhatsApp', asOf: '2026-12-07', confidence: 'medium' },
  { name: 'DeepL', category: 'assistant', what: 'noControlDeepl', asOf: '2026-12-07', confidence: 'low', privacyEmail: 'privacy@deepl.com' },
  { name: 'Spotify', category: 'publishing', what: 'noControlSpotify', asOf: '2026-12-07', confidence: 'medium', privacyEmail: 'privacy@spotify.com' },
  { name: 'Microsoft 365 Copilot', category: 'assistant', what: 'noControlM365', asOf: '2026-12-07', confidence: 'high' },
];

/** The services an objection e-mail can be drafted to (a published privacy address): the names the worker accepts. */
export const DRAFT_NAMES = NO_CONTROL.filter((s) => s.privacyEmail).map((s) => s.name) as [string, ...string[]];
