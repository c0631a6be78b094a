import { listCountries } from "../../reference/list-countries";
import { createTRPCRouter, publicProcedure } from "../init";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.query(({ ctx }) => listCountries(ctx.db)),
});
