// Where LinkedIn's pages are: its origin. Its settings are rows in settings.ts, its
// sign-in pages in services.ts. Sources and confidence: docs/linkedin-facts.md.
import { serviceById } from '../index';

export const LINKEDIN_ORIGIN = serviceById('linkedin').origin;
