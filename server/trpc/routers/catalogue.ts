import { createTRPCRouter } from "../init";

export const catalogueRouter = createTRPCRouter({});
