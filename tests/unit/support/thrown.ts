// Capturing the error a pure function is refused with, so tests can assert its exact code and details.
import { DomainError } from "../../../server/errors";

/** The DomainError `run` throws; fails the test if it returns or throws anything else. */
export function domainErrorThrownBy(run: () => unknown): DomainError {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected a DomainError, but the call returned ${JSON.stringify(value)}`);
}
