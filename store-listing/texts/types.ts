// The shape of one language's store texts (./en.ts and its six translations). The glossary
// (scripts/locales/glossary.mjs) applies: "switch off" for a setting, "object" only for the
// formal objection; the unit test holds every text to its word lists and its store's limit.

export type ShotId = 'popup-linkedin-off' | 'dashboard' | 'options-services' | 'service-card' | 'objection-step';

export interface StoreTexts {
  /** The long description, both stores; `{services}` and `{objectionServices}` are filled from the registry. */
  description: string;
  /** Chrome's single-purpose statement. */
  singlePurpose: string;
  /** Why each API permission of manifest.json is needed (a permission without one fails the test). */
  permissions: { storage: string; alarms: string; notifications: string; scripting: string };
  /**
   * Why each service's hosts are held or asked for, derived from the registry: `install` or
   * `optional` with `{name}`, `{hosts}` and `{does}`, where `{does}` is `switches`, `forms`
   * or both, as the service's data has settings or objection forms.
   */
  hosts: { install: string; optional: string; switches: string; forms: string };
  /** A service's own sentence instead of the template (same placeholders), by service id. */
  hostOverrides: Partial<Record<string, string>>;
  /** The privacy answers; kept in line with PRIVACY.md and the README's "What it never does". */
  privacy: { remoteCode: string; dataCollected: string; certify: string; amo: string; policy: string };
  /** One caption per screenshot (AMO shows captions; also the images' alt text). */
  captions: Record<ShotId, string>;
}
