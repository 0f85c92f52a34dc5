// The user's own details for the objection forms, as typed into the options page: limits
// and checks, so a bad value gets a clear message instead of an error or a silent loss.

/** Longest first or last name, e-mail address (RFC 5321), and explanation for Meta's form. */
export const PROFILE_LIMITS = { name: 100, email: 254, explanation: 1000 } as const;

/**
 * Where Meta takes objections to its AI training (Meta's facts: src/services/meta/facts.md): the EU and EEA,
 * the UK and Switzerland, as ISO 3166 codes; the forms show each by its name.
 */
export const OBJECTION_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'GB',
  'CH',
] as const;

export type ProfileField = 'firstName' | 'lastName' | 'email' | 'country' | 'explanation';
type FieldProblem = 'too-long' | 'invalid-email' | 'invalid-country' | null;

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const limitOf = (field: ProfileField): number =>
  field === 'email' ? PROFILE_LIMITS.email : field === 'explanation' ? PROFILE_LIMITS.explanation : PROFILE_LIMITS.name;

export function checkField(field: ProfileField, value: string): FieldProblem {
  const v = value.trim();
  if (field === 'country') return v === '' || (OBJECTION_COUNTRIES as readonly string[]).includes(v) ? null : 'invalid-country';
  if (v.length > limitOf(field)) return 'too-long';
  if (field === 'email' && v !== '' && !EMAIL.test(v)) return 'invalid-email';
  return null;
}

/** A country's names as a form may show them: in the page's language, in English, and its code. */
export function countryNames(code: string, lang: string): string[] {
  const names = [lang, 'en'].flatMap((l) => {
    try {
      // `fallback: 'none'`: a code the browser has no name for gives no name, not the code again.
      const name = new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }).of(code);
      return name ? [name] : [];
    } catch {
      return []; // a language tag the browser refuses: that language's name is left out
    }
  });
  return [...new Set([...names, code])];
}
