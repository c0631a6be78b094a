import { getPublicProgramme } from "../../catalogue/get-public-programme";
import { catalogueFilters, programmeReferenceInput } from "../../catalogue/schemas";
import { searchCatalogue } from "../../catalogue/search-catalogue";
import { publicRead } from "../../context";
import { cacheableList, PROGRAMMES_TAG } from "../../http/public-cache-tags";
import { createTRPCRouter, publicProcedure } from "../init";
import { catalogueByReferenceOutput, catalogueSearchOutput } from "../outputs/programmes";

export const catalogueRouter = createTRPCRouter({
  // A visitor's catalogue comes from the visitors' cache (server/http/visitor-cache.ts), expired by the changes that touch it.
  search: publicProcedure
    .input(catalogueFilters)
    .output(catalogueSearchOutput)
    .query(({ ctx, input }) => (cacheableList(input) ? publicRead(ctx, ["catalogue.search", input], [PROGRAMMES_TAG], () => searchCatalogue(ctx, input)) : searchCatalogue(ctx, input))),
  byReference: publicProcedure
    .input(programmeReferenceInput)
    .output(catalogueByReferenceOutput)
    .query(({ ctx, input }) => publicRead(ctx, ["catalogue.byReference", input], [PROGRAMMES_TAG], () => getPublicProgramme(ctx, input.reference))),
});
