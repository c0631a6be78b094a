import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Action } from "../authz/permissions";
import { assertCan } from "../authz/permissions";
import { DomainError, isDomainError } from "../errors";
import { countMutations } from "../throttle/mutation-quota";
import { rateLimited } from "../throttle/rate-limited";
import type { TRPCContext } from "./context";
import { unexpectedMessage } from "../unexpected-errors";
import { requestIdOf, toTransportError } from "./error-map";

const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error, path }) {
    const domain = isDomainError(error.cause) ? error.cause : null;
    // An unexpected failure says nothing but its request id; the details are in the server log.
    const requestId = error.code === "INTERNAL_SERVER_ERROR" ? requestIdOf(error, path) : null;
    return {
      ...shape,
      message: requestId ? unexpectedMessage(requestId) : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        requestId,
        domainCode: domain?.code ?? null,
        details: domain?.details ?? null,
        current: domain?.current ?? null,
        fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : (domain?.fields ?? null),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Maps errors to transport codes, once, for every procedure: domain errors to their codes,
 * database refusals to BAD_REQUEST / CONFLICT, anything unexpected to a logged request id
 * (server/trpc/error-map.ts).
 */
const errorBoundary = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) throw toTransportError(result.error, path);
  return result;
});

/**
 * The per-user cap on mutations (server/throttle/limits.ts). The HTTP context counts the call in
 * the viewer's wave (ctx.mutationQuota); a caller built without it (tests, server code) is
 * counted here, one more round trip.
 */
const mutationCap = t.middleware(async ({ ctx, type, next }) => {
  if (type === "mutation" && ctx.viewer) {
    const verdict = ctx.mutationQuota ?? (await countMutations(ctx.db, ctx.viewer, 1));
    if (verdict.limited) throw rateLimited(verdict.retryAfterSeconds);
  }
  return next();
});

/**
 * Calls made with a personal API token: a refused token is UNAUTHENTICATED, the token's call
 * quota is enforced, a `read` token never mutates, and no token acts on its user's own account
 * (the permission table narrows the rest: server/authz/permissions.ts, tokenAllows).
 */
const apiTokenGuard = t.middleware(({ ctx, type, path, next }) => {
  if (ctx.apiToken?.refused) throw new DomainError("UNAUTHENTICATED");
  if (ctx.apiToken?.verdict.limited) throw rateLimited(ctx.apiToken.verdict.retryAfterSeconds);
  const token = ctx.viewer?.token;
  if (token && type === "mutation" && (token.scope === "read" || TOKENLESS_NAMESPACES.some((ns) => path.startsWith(ns)))) throw new DomainError("FORBIDDEN", { action: path });
  return next();
});

/** Procedures about a person's own account and credentials: never with a token. */
const TOKENLESS_NAMESPACES = ["account.", "apiTokens."];

export const publicProcedure = t.procedure.use(errorBoundary).use(apiTokenGuard).use(mutationCap);

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
