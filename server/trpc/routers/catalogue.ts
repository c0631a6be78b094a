import { getPublicProgramme } from "../../catalogue/get-public-programme";
import { catalogueFilters, programmeReferenceInput } from "../../catalogue/schemas";
import { searchCatalogue } from "../../catalogue/search-catalogue";
import { createTRPCRouter, publicProcedure } from "../init";
import { catalogueByReferenceOutput, catalogueSearchOutput } from "../outputs/programmes";

export const catalogueRouter = createTRPCRouter({
  search: publicProcedure.input(catalogueFilters).output(catalogueSearchOutput).query(({ ctx, input }) => searchCatalogue(ctx, input)),
  byReference: publicProcedure.input(programmeReferenceInput).output(catalogueByReferenceOutput).query(({ ctx, input }) => getPublicProgramme(ctx, input.reference)),
});
