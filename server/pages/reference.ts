// Reference lists a page shows (countries with their regions, sectors, mechanisms), read with the page.
import type { PageContext } from "./page-read";

export async function referenceLists(ctx: PageContext) {
  const [countries, sectors, mechanisms] = await Promise.all([ctx.api.reference.countries(), ctx.api.reference.sectors(), ctx.api.reference.mechanisms()]);
  return { countries, sectors, mechanisms };
}

export type ReferenceLists = Awaited<ReturnType<typeof referenceLists>>;
