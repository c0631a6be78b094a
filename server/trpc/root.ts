import { createCallerFactory, createTRPCRouter } from "./init";
import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { institutionsRouter } from "./routers/institutions";
import { membershipsRouter } from "./routers/memberships";
import { referenceRouter } from "./routers/reference";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  institutions: institutionsRouter,
  memberships: membershipsRouter,
  admin: adminRouter,
  reference: referenceRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
