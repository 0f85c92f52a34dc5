// Shapes checked by hand, for what the content scripts receive from the worker: they run
// inside the sites' pages and carry no zod. Each answers "is this exactly that shape?".
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Texts per language: every value a list of strings. */
export const isByLang = (v: unknown): boolean => isObject(v) && Object.values(v).every(isStrings);

/** Absent, or of the shape. */
export const optional =
  (is: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === undefined || is(v);

export const isString = (v: unknown): v is string => typeof v === 'string';

/** Each key of `shape` holds for the object's value at that key. */
export function hasShape(v: unknown, shape: Record<string, (value: unknown) => boolean>): v is Record<string, unknown> {
  return isObject(v) && Object.entries(shape).every(([key, is]) => is(v[key]));
}
