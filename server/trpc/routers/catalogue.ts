import { getPublicProgramme } from "../../catalogue/get-public-programme";
import { catalogueFilters, programmeReferenceInput } from "../../catalogue/schemas";
import { searchCatalogue } from "../../catalogue/search-catalogue";
import { createTRPCRouter, publicProcedure } from "../init";

export const catalogueRouter = createTRPCRouter({
  search: publicProcedure.input(catalogueFilters).query(({ ctx, input }) => searchCatalogue(ctx, input)),
  byReference: publicProcedure.input(programmeReferenceInput).query(({ ctx, input }) => getPublicProgramme(ctx, input.reference)),
});
