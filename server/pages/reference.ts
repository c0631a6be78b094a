// Reference lists a page shows (countries with their regions, sectors, mechanisms), read with the page.
// They are reference data (db/reference, loaded by the migrations and the seed; no procedure
// changes them), so they are read once per process and shared by every request.
import type { PageContext } from "./page-read";

async function readReferenceLists(ctx: PageContext) {
  const [countries, sectors, mechanisms] = await Promise.all([ctx.api.reference.countries(), ctx.api.reference.sectors(), ctx.api.reference.mechanisms()]);
  return { countries, sectors, mechanisms };
}

export type ReferenceLists = Awaited<ReturnType<typeof readReferenceLists>>;

// stateless-ok: immutable reference data, rebuilt per process
let cached: Promise<ReferenceLists> | undefined;

export function referenceLists(ctx: PageContext): Promise<ReferenceLists> {
  if (!cached) {
    const reading = readReferenceLists(ctx);
    cached = reading;
    // A failed read (database down) is not remembered: the next request tries again.
    reading.catch(() => {
      if (cached === reading) cached = undefined;
    });
  }
  return cached;
}
