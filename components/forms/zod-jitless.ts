// zod compiles object parsers with `new Function` unless told not to, and probes for it when a
// schema is built; the pages' Content-Security-Policy forbids eval (and the probe is reported as a
// violation). Imported first by use-mutation-form (which every zod form imports before its schemas) and by
// the forms that parse with zod without it, before any schema is built.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
