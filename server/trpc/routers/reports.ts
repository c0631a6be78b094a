import { createTRPCRouter } from "../init";

export const reportsRouter = createTRPCRouter({});
