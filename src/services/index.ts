// The services the extension knows, as data: where each lives, whether its host is held
// at install (LinkedIn) or asked for when the user turns the service on (the others), and
// where a signed-out visitor is sent. A service's settings are rows in settings.ts.
// Sources and confidence: docs/services-facts.md.
import type { MessageKey } from '../generated/message-keys';

/** The services with settings to switch off, whose host is asked for when the user adds them. */
export const SWITCH_SERVICE_IDS = ['x', 'chatgpt', 'claude', 'quora', 'grammarly'] as const;
/** Every service whose host is asked for when the user adds it: those, and Meta (objection forms). */
export const OPTIONAL_SERVICE_IDS = [...SWITCH_SERVICE_IDS, 'meta'] as const;
export type SwitchServiceId = (typeof SWITCH_SERVICE_IDS)[number];
export const isSwitchService = (id: string): id is SwitchServiceId => (SWITCH_SERVICE_IDS as readonly string[]).includes(id);
export type OptionalServiceId = (typeof OPTIONAL_SERVICE_IDS)[number];
export const SERVICE_IDS = ['linkedin', ...OPTIONAL_SERVICE_IDS] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export interface Service {
  id: ServiceId;
  /** Its name, the same in every language. */
  name: string;
  origin: string;
  /** Its other sites, held and given back with the first (Meta: Instagram's help center). */
  otherOrigins?: readonly string[];
  /** Paths of the pages a signed-out visitor is sent to. */
  signIn: readonly RegExp[];
  /** Where its content script runs (optional services; registered only once the host is granted). */
  pages?: readonly string[];
  /** An element that only a signed-out visitor's page shows, where the service does not redirect (low confidence). */
  signedOutHook?: string;
  /**
   * The day the service's change took effect (YYYY-MM-DD, a calendar date, in the past), and
   * one sentence on what it changed: shown as LinkedIn's deadline is ("In force since …").
   */
  since?: { date: string; what: MessageKey };
  /**
   * What its content script does: switch settings off (the default), or prefill its
   * objection forms (`objection`: the forms are in objection-form.ts, the user submits).
   */
  script?: 'objection';
}

export const SERVICES: readonly Service[] = [
  {
    id: 'linkedin',
    name: 'LinkedIn',
    origin: 'https://www.linkedin.com',
    // Medium confidence.
    signIn: [/^\/login\b/, /^\/uas\/login\b/, /^\/checkpoint\//, /^\/authwall\b/, /^\/signup\b/],
  },
  {
    id: 'x',
    name: 'X',
    origin: 'https://x.com',
    // Low confidence: X's web app sends a signed-out visitor to its login flow.
    signIn: [/^\/i\/flow\/login\b/, /^\/login\b/, /^\/i\/flow\/signup\b/],
    pages: ['https://x.com/settings/*'],
  },
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    origin: 'https://chatgpt.com',
    // Low confidence: a redirect to the auth pages, or the signed-out home with its "Log in" button.
    signIn: [/^\/auth\/login\b/, /^\/auth\/signup\b/],
    signedOutHook: '[data-testid="login-button"]',
    // The settings are a hash route of the home page.
    pages: ['https://chatgpt.com/*'],
  },
  {
    id: 'claude',
    name: 'Claude',
    origin: 'https://claude.ai',
    // Low confidence: claude.ai sends a signed-out visitor to /login.
    signIn: [/^\/login\b/],
    pages: ['https://claude.ai/settings/*'],
    // Anthropic's consumer terms of September 2025: the choice had to be made by this day (medium-high).
    since: { date: '2025-09-28', what: 'serviceSinceClaude' },
  },
  {
    id: 'quora',
    name: 'Quora',
    origin: 'https://www.quora.com',
    // Not known where Quora sends a signed-out visitor: a page without the switch ends as "could not check".
    signIn: [],
    pages: ['https://www.quora.com/settings/*'],
  },
  {
    id: 'grammarly',
    name: 'Grammarly',
    origin: 'https://account.grammarly.com',
    // Not known where Grammarly sends a signed-out visitor (if to another host, we cannot see it):
    // a page without the switch ends as "could not check".
    signIn: [],
    pages: ['https://account.grammarly.com/security/*'],
  },
  {
    id: 'meta',
    name: 'Meta',
    origin: 'https://www.facebook.com',
    otherOrigins: ['https://help.instagram.com'],
    // A form, not a switch: nothing is taken for a sign-in page.
    signIn: [],
    pages: ['https://www.facebook.com/help/contact/*', 'https://help.instagram.com/contact/*'],
    // Meta's date for users in the EU to object before its training began (high).
    since: { date: '2025-05-27', what: 'serviceSinceMeta' },
    script: 'objection',
  },
];

export type OptionalService = Service & { id: OptionalServiceId };
const isOptional = (s: Service): s is OptionalService => (OPTIONAL_SERVICE_IDS as readonly string[]).includes(s.id);
export const OPTIONAL_SERVICES: readonly OptionalService[] = SERVICES.filter(isOptional);
export type SwitchService = Service & { id: SwitchServiceId };
/** The optional services with settings to switch off (Meta has forms instead). */
export const SWITCH_SERVICES: readonly SwitchService[] = SERVICES.filter((s): s is SwitchService => isSwitchService(s.id));

export function serviceById(id: ServiceId): Service {
  return SERVICES.find((s) => s.id === id)!;
}

/** Every origin of a service. */
const originsOf = (service: Service): readonly string[] => [service.origin, ...(service.otherOrigins ?? [])];

/** The service at this origin, if we know it. */
export const serviceAt = (origin: string): Service | undefined => SERVICES.find((s) => originsOf(s).includes(origin));

/** The match patterns of a service's host permissions, one per origin. */
export const hostPatterns = (service: Service): string[] => originsOf(service).map((origin) => `${origin}/*`);

/** The known service and path of a URL, or null for any other page. */
export function placeOf(url: string): { service: Service; path: string } | null {
  try {
    const parsed = new URL(url);
    const service = serviceAt(parsed.origin);
    return service ? { service, path: parsed.pathname + parsed.hash } : null;
  } catch {
    return null;
  }
}

/** Is this URL one of the sign-in pages of the service it belongs to? */
export function isSignInUrl(url: string): boolean {
  const place = placeOf(url);
  return place?.service.signIn.some((re) => re.test(place.path)) === true;
}
