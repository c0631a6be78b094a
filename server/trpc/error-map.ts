import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { type DomainErrorCode, isDomainError } from "../errors";

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
};

export function toTRPCError(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return new TRPCError({ code: TRPC_CODE_OF[error.code], message: error.code, cause: error });
}
