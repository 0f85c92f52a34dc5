// zod, configured once for the extension: jitless, because zod otherwise tests whether
// it may compile code from strings, which extension pages forbid and stores flag. Import z from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
