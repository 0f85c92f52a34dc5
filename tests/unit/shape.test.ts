// @vitest-environment node
// The shapes the content scripts check by hand (src/engine/shape.ts): each answers "is
// this exactly that shape?", and anything else is no.
import { describe, expect, it } from 'vitest';
import { hasShape, isByLang, isObject, isString, isStrings, optional } from '../../src/engine/shape';

describe('shapes checked by hand', () => {
  it('an object is a plain object: not null, not a list', () => {
    expect(isObject({})).toBe(true);
    for (const v of [null, undefined, [], 'x', 3]) expect(isObject(v), JSON.stringify(v)).toBe(false);
  });

  it('texts are a list of strings, every one', () => {
    expect(isStrings([])).toBe(true);
    expect(isStrings(['a', 'b'])).toBe(true);
    for (const v of [['a', 1], 'ab', { 0: 'a' }, null]) expect(isStrings(v), JSON.stringify(v)).toBe(false);
    expect(isString('')).toBe(true);
    expect(isString(1)).toBe(false);
  });

  it('texts by language: an object whose every value is a list of strings', () => {
    expect(isByLang({})).toBe(true);
    expect(isByLang({ en: ['On'], fr: ['Activé'] })).toBe(true);
    for (const v of [{ en: 'On' }, { en: ['On'], fr: [1] }, [['On']], null]) expect(isByLang(v), JSON.stringify(v)).toBe(false);
  });

  it('optional: absent, or of the shape', () => {
    expect(optional(isString)(undefined)).toBe(true);
    expect(optional(isString)('x')).toBe(true);
    expect(optional(isString)(3)).toBe(false);
    expect(optional(isString)(null)).toBe(false);
  });

  it('a shape holds when every key does, and never for what is not an object', () => {
    const shape = { id: isString, labels: isStrings };
    expect(hasShape({ id: 'a', labels: [] }, shape)).toBe(true);
    expect(hasShape({ id: 'a', labels: [1] }, shape)).toBe(false);
    expect(hasShape({ labels: [] }, shape)).toBe(false);
    expect(hasShape(['a'], shape)).toBe(false);
  });
});
