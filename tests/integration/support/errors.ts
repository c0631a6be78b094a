// Capturing the error a call is refused with, so tests can assert its exact code.
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { DomainError } from "../../../server/errors";

/** The DomainError `promise` rejects with; fails the test if it resolves or throws anything else. */
export async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected a DomainError, but the call succeeded with ${JSON.stringify(value)}`);
}

export type CallOutcome = "ok" | TRPC_ERROR_CODE_KEY;

/** "ok" if a router call succeeds, else its TRPCError code; any other error fails the test. */
export async function outcomeOf(promise: Promise<unknown>): Promise<CallOutcome> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
