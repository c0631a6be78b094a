import { listCountries, listMechanisms, listSectors } from "../../reference/list-reference";
import { createTRPCRouter, publicProcedure } from "../init";
import { countriesOutput, mechanismsOutput, sectorsOutput } from "../outputs/directory";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.output(countriesOutput).query(({ ctx }) => listCountries(ctx.db)),
  sectors: publicProcedure.output(sectorsOutput).query(({ ctx }) => listSectors(ctx.db)),
  mechanisms: publicProcedure.output(mechanismsOutput).query(({ ctx }) => listMechanisms(ctx.db)),
});
