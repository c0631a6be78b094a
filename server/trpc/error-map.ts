import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { type DomainErrorCode, isDomainError } from "../errors";
import { databaseRefusal, logUnexpected, UnexpectedError } from "../unexpected-errors";

/** The one place where domain errors become transport errors. */
export const TRPC_CODE_OF: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHORIZED",
  INVALID_TRANSITION: "PRECONDITION_FAILED",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  INELIGIBLE_COUNTRY: "BAD_REQUEST",
  ALREADY_EXISTS: "CONFLICT",
  EMAIL_NOT_VERIFIED: "FORBIDDEN",
  INVALID_TOKEN: "BAD_REQUEST",
  INSTITUTION_NOT_ACTIVE: "FORBIDDEN",
  LAST_OWNER: "PRECONDITION_FAILED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  CONFLICT_OF_INTEREST: "PRECONDITION_FAILED",
  QUORUM_NOT_MET: "PRECONDITION_FAILED",
  PROGRAMME_FULL: "PRECONDITION_FAILED",
  DEADLINE_PASSED: "PRECONDITION_FAILED",
  ALREADY_APPLIED: "CONFLICT",
  AGREEMENT_NOT_IN_FORCE: "PRECONDITION_FAILED",
  ALREADY_SIGNED: "CONFLICT",
  WRONG_PASSWORD: "FORBIDDEN",
  REPORT_PUBLISHED: "PRECONDITION_FAILED",
  NOT_STARTED_YET: "PRECONDITION_FAILED",
};

export function toTRPCError(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return new TRPCError({ code: TRPC_CODE_OF[error.code], message: error.code, cause: error });
}

/**
 * What a failed procedure answers: a domain error its mapped code; a database refusal BAD_REQUEST
 * or CONFLICT without any schema name; any other unexpected failure INTERNAL_SERVER_ERROR whose
 * message and cause carry only a request id (the details are logged under it). Errors the
 * transport raised itself (input validation, UNAUTHORIZED…) pass unchanged.
 */
export function toTransportError(error: TRPCError, path: string): TRPCError {
  const cause = error.cause;
  if (isDomainError(cause)) return toTRPCError(cause) as TRPCError;
  if (error.code !== "INTERNAL_SERVER_ERROR" || cause instanceof UnexpectedError) return error;
  const refusal = databaseRefusal(cause);
  if (refusal) return toTRPCError(refusal) as TRPCError;
  const stand = new UnexpectedError(logUnexpected(cause ?? error, `tRPC ${path}`));
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: stand.message, cause: stand });
}

/** The request id of an INTERNAL_SERVER_ERROR, logging it first if nothing has (e.g. a failure while building the context). */
export function requestIdOf(error: TRPCError, path: string | undefined): string {
  return logUnexpected(error.cause ?? error, `tRPC ${path ?? "?"}`);
}
