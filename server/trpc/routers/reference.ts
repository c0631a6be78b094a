import { listCountries, listMechanisms, listSectors } from "../../reference/list-reference";
import { createTRPCRouter, publicProcedure } from "../init";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.query(({ ctx }) => listCountries(ctx.db)),
  sectors: publicProcedure.query(({ ctx }) => listSectors(ctx.db)),
  mechanisms: publicProcedure.query(({ ctx }) => listMechanisms(ctx.db)),
});
