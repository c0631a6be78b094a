// zod compiles object parsers with `new Function` unless told not to, and probes for it when a
// schema is built; the pages' Content-Security-Policy forbids eval (and the probe is reported as a
// violation). Imported FIRST by the client forms that parse with zod, before any schema is built.
import { z } from "zod";

z.config({ jitless: true });
