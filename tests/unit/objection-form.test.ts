// @vitest-environment node
// The objection form's texts by page language: the page's own language when we know its
// wording, every known wording otherwise.
import { describe, expect, it } from 'vitest';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { textsFor } from '../../src/engine/form/model';

describe('textsFor', () => {
  it('a page in a language we know the wording of gets that wording only', () => {
    expect(textsFor(OBJECTION_FORM.option!, 'fr')).toEqual(OBJECTION_FORM.option!.fr);
  });

  it('reads the language from a full tag, in any case', () => {
    expect(textsFor(OBJECTION_FORM.option!, 'fr-CA')).toEqual(OBJECTION_FORM.option!.fr);
    expect(textsFor(OBJECTION_FORM.option!, 'NL-be')).toEqual(OBJECTION_FORM.option!.nl);
  });

  it('a language without a known wording falls back to all of them', () => {
    const all = [...OBJECTION_FORM.option!.en!, ...OBJECTION_FORM.option!.fr!, ...OBJECTION_FORM.option!.nl!];
    expect(textsFor(OBJECTION_FORM.option!, 'de-DE')).toEqual(all);
    expect(textsFor(OBJECTION_FORM.option!, '')).toEqual(all);
  });
});
