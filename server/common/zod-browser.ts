// In the browser the pages' Content-Security-Policy forbids eval. zod 4 decides when an object
// schema is BUILT whether it may compile its parser with `new Function`, and probes for eval on
// the first parse; the caught probe is still reported as a CSP violation. Every schemas module a
// client form may load imports this module before anything else, so zod runs its interpreter in
// the browser whichever module a page happens to evaluate first. The server keeps the compiled
// fast path. (tests/unit/client-zod-jitless.test.ts holds every schemas module to it.)
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
