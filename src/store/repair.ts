// How a stored value is read back: never trusted, never fatal. A readable part is kept; an
// unreadable one takes its fallback and its path is listed (`bad`), so the user is told once
// and its neighbours (the receipt, the user's details) survive. An absent value takes its
// fallback silently (a fresh install, or a value added since).

import { isObject } from '../engine/shape';

type Parser = { safeParse(v: unknown): { success: boolean; data?: unknown } };
type ObjectSchema = { def: { shape: Record<string, Parser> } };

/** An object read field by field: a readable field is kept, an unreadable one takes its fallback. */
export function fields<T>(schema: ObjectSchema, raw: unknown, fallback: T, path: string, bad: string[]): T {
  if (raw === undefined) return fallback;
  if (!isObject(raw)) {
    bad.push(path);
    return fallback;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.def.shape)) {
    const parsed = field.safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = (fallback as Record<string, unknown>)[key];
      if (raw[key] !== undefined) bad.push(`${path}.${key}`);
    }
  }
  return out as T;
}

/** A whole value that is readable only as a whole (a run, a notice): kept or dropped. */
export function whole<T>(schema: Parser, raw: unknown, fallback: T, path: string, bad: string[]): T {
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data as T;
  bad.push(path);
  return fallback;
}

/** A map of records by id, each read field by field. */
export function records<T>(schema: ObjectSchema, raw: unknown, fallback: T, path: string, bad: string[]): Record<string, T> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    bad.push(path);
    return {};
  }
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, fields(schema, value, fallback, `${path}.${id}`, bad)]));
}

/** A map of whole values by known key: an unreadable one (or one under a key not known) is dropped, the others kept. */
export function wholes<K extends string, T>(schema: Parser, keys: readonly K[], raw: unknown, path: string, bad: string[]): Partial<Record<K, T>> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    bad.push(path);
    return {};
  }
  return Object.fromEntries(
    keys.flatMap((key) => (raw[key] === undefined ? [] : [[key, whole(schema, raw[key], null, `${path}.${key}`, bad)]])).filter(([, v]) => v !== null),
  );
}

/** A list read item by item: an unreadable item is dropped, its neighbours kept. */
export function list<T>(schema: Parser, raw: unknown, path: string, bad: string[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    bad.push(path);
    return [];
  }
  return raw.flatMap((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [parsed.data as T];
    bad.push(`${path}.${i}`);
    return [];
  });
}
