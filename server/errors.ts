// The one list of domain error codes. The tRPC boundary maps them to transport codes
// (server/trpc/error-map.ts); pages map them to translated messages with the same keys.

export const DOMAIN_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "INVALID_TRANSITION",
  "CONFLICT",
  "VALIDATION",
  "INELIGIBLE_COUNTRY",
  "ALREADY_EXISTS",
  "EMAIL_NOT_VERIFIED",
  "INVALID_TOKEN",
  "INSTITUTION_NOT_ACTIVE",
  "LAST_OWNER",
  "RATE_LIMITED",
  "CONFLICT_OF_INTEREST",
  "QUORUM_NOT_MET",
  "PROGRAMME_FULL",
  "DEADLINE_PASSED",
  "ALREADY_APPLIED",
  "AGREEMENT_NOT_IN_FORCE",
  "ALREADY_SIGNED",
  "WRONG_PASSWORD",
  "REPORT_PUBLISHED",
  "NOT_STARTED_YET",
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** Extra facts for the message (e.g. { from: "pending", event: "reinstate" }); never secrets. */
    readonly details: Record<string, string | number> = {},
    message?: string,
    /** For VALIDATION: catalogue keys per field, as the forms show them. */
    readonly fields?: Record<string, string[]>,
    /**
     * For a CONFLICT on a part the actor may edit (a proposal's section): what the server holds
     * now, so the actor can compare it with their own change field by field. Only ever set after
     * the actor was authorized to edit that part.
     */
    readonly current?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

/** Field-level refusal (e.g. completeness checked at submission). */
export const invalidFields = (fields: Record<string, string[]>) => new DomainError("VALIDATION", {}, "VALIDATION", fields);

export const notFound = (what: string) => new DomainError("NOT_FOUND", { what });
export const conflict = (what: string) => new DomainError("CONFLICT", { what });
/** A CONFLICT that carries the server's current values of the part the actor edited. */
export const conflictWith = (what: string, current: Record<string, unknown>) => new DomainError("CONFLICT", { what }, "CONFLICT", undefined, current);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
