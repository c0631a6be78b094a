import { createTRPCRouter } from "../init";

export const agreementsRouter = createTRPCRouter({});
