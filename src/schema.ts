// zod, configured once for the extension: the small `zod/mini` build (the popup loads it,
// and its size is budgeted), jitless, because zod otherwise tests whether it may compile
// code from strings, which extension pages forbid and stores flag. Import z from here.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
