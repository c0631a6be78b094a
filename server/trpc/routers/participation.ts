import { createTRPCRouter } from "../init";

export const participationRouter = createTRPCRouter({});
