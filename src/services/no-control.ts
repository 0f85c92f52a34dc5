// Services that use (or license) what their users write, with no switch a user can turn
// off: listed on the options page as they are, with no button, rather than pretending.
// Sources and confidence: docs/services-facts.md ("No control at all").
import type { MessageKey } from '../generated/message-keys';

interface NoControlService {
  /** Its name, the same in every language. */
  name: string;
  /** One sentence: what the service does, and what exists instead of a switch. */
  what: MessageKey;
}

export const NO_CONTROL: readonly NoControlService[] = [
  { name: 'Reddit', what: 'noControlLicensed' },
  { name: 'Stack Overflow', what: 'noControlLicensed' },
  { name: 'Medium', what: 'noControlMedium' },
  { name: 'Zoom', what: 'noControlZoom' },
  { name: 'Slack', what: 'noControlSlack' },
];
