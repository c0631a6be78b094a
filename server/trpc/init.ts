import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Action } from "../authz/permissions";
import { assertCan } from "../authz/permissions";
import { isDomainError } from "../errors";
import type { TRPCContext } from "./context";
import { toTRPCError } from "./error-map";

const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error }) {
    const domain = isDomainError(error.cause) ? error.cause : null;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: domain?.code ?? null,
        details: domain?.details ?? null,
        fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : (domain?.fields ?? null),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps typed domain errors to tRPC codes, once, for every procedure. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

/** Signed-in users only; narrows the viewer to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  assertCan(ctx.viewer, "account.read");
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/** Platform-level permission checked before the use case runs (the use case checks again, with its subject). */
export const permittedProcedure = (action: Action) =>
  protectedProcedure.use(({ ctx, next }) => {
    assertCan(ctx.viewer, action);
    return next();
  });
