// zod, configured once for the extension: the small `zod/mini` build (the popup loads it,
// and its size is budgeted), jitless, because zod otherwise tests whether it may compile
// code from strings, which extension pages forbid and stores flag. Import z from here.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };

type NoDefault<T> = T extends z.ZodMiniDefault<infer Inner> ? Inner : T;

/**
 * A change to some fields of `schema`: each field optional, and none taking its default.
 * z.partial keeps the defaults, so a change parsed with it came back with every defaulted
 * field it did not send set to its default, and applying it reset those fields (a change of
 * mode reset the privacy check's choices, a new e-mail the country and explanation).
 */
export function changeOf<Shape extends z.core.$ZodShape>(schema: z.ZodMiniObject<Shape>) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const def = field._zod.def;
    shape[key] = z.optional(def.type === 'default' ? (def as z.core.$ZodDefaultDef).innerType : field) as z.ZodMiniType;
  }
  return z.object(shape) as unknown as z.ZodMiniObject<{ -readonly [K in keyof Shape]: z.ZodMiniOptional<NoDefault<Shape[K]>> }>;
}
