import { createCallerFactory, createTRPCRouter } from "./init";
import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { institutionsRouter } from "./routers/institutions";
import { membershipsRouter } from "./routers/memberships";
import { notificationsRouter } from "./routers/notifications";
import { programmesRouter } from "./routers/programmes";
import { coauthoringRouter } from "./routers/coauthoring";
import { referenceRouter } from "./routers/reference";
import { reviewsRouter } from "./routers/reviews";
import { catalogueRouter } from "./routers/catalogue";
import { participationRouter } from "./routers/participation";
import { agreementsRouter } from "./routers/agreements";
import { reportsRouter } from "./routers/reports";
import { matchingRouter } from "./routers/matching";
import { apiTokensRouter, webhooksRouter } from "./routers/api-tokens";
import { stepUpRouter } from "./routers/step-up";
import { discussionsRouter } from "./routers/discussions";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  institutions: institutionsRouter,
  memberships: membershipsRouter,
  admin: adminRouter,
  reference: referenceRouter,
  programmes: programmesRouter,
  coauthoring: coauthoringRouter,
  reviews: reviewsRouter,
  notifications: notificationsRouter,
  catalogue: catalogueRouter,
  participation: participationRouter,
  agreements: agreementsRouter,
  reports: reportsRouter,
  matching: matchingRouter,
  apiTokens: apiTokensRouter,
  webhooks: webhooksRouter,
  stepUp: stepUpRouter,
  discussions: discussionsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
