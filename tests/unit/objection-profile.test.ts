// @vitest-environment node
// The user's own details for the objection form: a value too long or an e-mail that is
// not one gets a clear answer; a plausible value passes; a name is never checked as an e-mail.
import { describe, expect, it } from 'vitest';
import { checkField, countryNames, OBJECTION_COUNTRIES, PROFILE_LIMITS } from '../../src/engine/form/profile';

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

describe('the country and the explanation (Meta’s forms)', () => {
  it('a country is empty or one where the right to object applies (EU/EEA, UK, Switzerland), spaces aside', () => {
    expect(checkField('country', '')).toBeNull();
    expect(checkField('country', '   ')).toBeNull();
    for (const code of ['FR', 'DE', 'NO', 'GB', 'CH']) expect(checkField('country', code)).toBeNull();
    expect(checkField('country', ' FR ')).toBeNull();
    for (const code of ['US', 'fr', 'France', 'XX']) expect(checkField('country', code)).toBe('invalid-country');
    expect(OBJECTION_COUNTRIES).toHaveLength(32); // 27 EU, 3 EEA (IS, LI, NO), the UK and Switzerland
  });

  it('a country is never checked for length, and no other field for being a country', () => {
    expect(checkField('firstName', 'US')).toBeNull();
    expect(checkField('explanation', 'US')).toBeNull();
  });

  it('an explanation may run to 1000 characters, far past a name’s 100', () => {
    expect(checkField('explanation', 'x'.repeat(PROFILE_LIMITS.explanation))).toBeNull();
    expect(checkField('explanation', 'x'.repeat(PROFILE_LIMITS.explanation + 1))).toBe('too-long');
  });

  it('a country’s names: in the page’s language, in English, then its code, each once', () => {
    expect(countryNames('DE', 'fr')).toEqual(['Allemagne', 'Germany', 'DE']);
    expect(countryNames('FR', 'en-GB')).toEqual(['France', 'FR']);
  });

  it('a code with no name, or a language tag the browser refuses, leaves just what is known', () => {
    expect(countryNames('XX', 'fr')).toEqual(['XX']);
    expect(countryNames('FR', 'not a language!')).toEqual(['France', 'FR']);
  });
});
