// The services the extension knows, as data: where each lives, whether its host is held
// at install (LinkedIn) or asked for when the user turns the service on (the others), and
// where a signed-out visitor is sent. A service's settings are rows in settings.ts.
// Sources and confidence: docs/services-facts.md.

/** The services whose host is asked for when the user turns them on. */
export const OPTIONAL_SERVICE_IDS = ['x', 'chatgpt'] as const;
export type OptionalServiceId = (typeof OPTIONAL_SERVICE_IDS)[number];
export const SERVICE_IDS = ['linkedin', ...OPTIONAL_SERVICE_IDS] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export interface Service {
  id: ServiceId;
  /** Its name, the same in every language. */
  name: string;
  origin: string;
  /** Paths of the pages a signed-out visitor is sent to. */
  signIn: readonly RegExp[];
  /** Where its content script runs (optional services; registered only once the host is granted). */
  pages?: readonly string[];
  /** An element that only a signed-out visitor's page shows, where the service does not redirect (low confidence). */
  signedOutHook?: string;
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
];

export type OptionalService = Service & { id: OptionalServiceId };
const isOptional = (s: Service): s is OptionalService => (OPTIONAL_SERVICE_IDS as readonly string[]).includes(s.id);
export const OPTIONAL_SERVICES: readonly OptionalService[] = SERVICES.filter(isOptional);

export function serviceById(id: ServiceId): Service {
  return SERVICES.find((s) => s.id === id)!;
}

/** The service at this origin, if we know it. */
export const serviceAt = (origin: string): Service | undefined => SERVICES.find((s) => s.origin === origin);

/** The match pattern of a service's host permission (and of its content script). */
export const hostPattern = (service: Service): string => `${service.origin}/*`;

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
