// The user's own details for the objection form, as typed into the popup: limits and
// checks, so a bad value gets a clear message instead of an error or a silent loss.

/** Longest first or last name, and longest e-mail address (RFC 5321). */
export const PROFILE_LIMITS = { name: 100, email: 254 } as const;

export type ProfileField = 'firstName' | 'lastName' | 'email';
type FieldProblem = 'too-long' | 'invalid-email' | null;

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkField(field: ProfileField, value: string): FieldProblem {
  const v = value.trim();
  if (v.length > (field === 'email' ? PROFILE_LIMITS.email : PROFILE_LIMITS.name)) return 'too-long';
  if (field === 'email' && v !== '' && !EMAIL.test(v)) return 'invalid-email';
  return null;
}
