// The user's own details for the objection form: a value too long or an e-mail that is
// not one gets a clear answer; a plausible value passes; a name is never checked as an e-mail.
import { describe, expect, it } from 'vitest';
import { checkField, PROFILE_LIMITS } from '../../src/core/objection-profile';

describe('checkField', () => {
  it('limits are 100 characters for a name and 254 for an e-mail (RFC 5321)', () => {
    expect(PROFILE_LIMITS).toEqual({ name: 100, email: 254, explanation: 1000 });
  });

  it('an e-mail of exactly 254 characters passes; 255 is too long', () => {
    const at254 = `${'x'.repeat(254 - '@example.org'.length)}@example.org`;
    expect(at254).toHaveLength(254);
    expect(checkField('email', at254)).toBeNull();
    expect(checkField('email', `x${at254}`)).toBe('too-long');
  });

  it('a first name of 101 characters is too long, like a last name; a name of 101 is no e-mail limit', () => {
    expect(checkField('firstName', 'x'.repeat(101))).toBe('too-long');
    expect(checkField('lastName', 'x'.repeat(100))).toBeNull();
    expect(checkField('email', `${'x'.repeat(101)}@a.io`)).toBeNull();
  });

  it('spaces around a value are not counted', () => {
    expect(checkField('firstName', `  ${'x'.repeat(100)}  `)).toBeNull();
    expect(checkField('email', '  camille@example.org  ')).toBeNull();
    expect(checkField('email', '   ')).toBeNull();
  });

  it('a name is never checked as an e-mail', () => {
    expect(checkField('firstName', 'Camille')).toBeNull();
    expect(checkField('lastName', 'de la Martin')).toBeNull();
  });

  it.each(['camille', '@example.org', 'camille@', 'camille@.org', 'camille@example.', 'cam ille@example.org', 'camille@exa mple.org', 'a@b@example.org'])(
    '%s is not an e-mail address',
    (email) => {
      expect(checkField('email', email)).toBe('invalid-email');
    },
  );
});
