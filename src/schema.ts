// zod, configured once for the extension: jitless, because zod otherwise probes
// `new Function`, which extension pages forbid and stores flag. Import z from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
