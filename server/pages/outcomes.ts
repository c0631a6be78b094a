// How a refused page read becomes what the reader sees — the one mapping every page uses
// (through readPage) and the page authorization matrix asserts.
import { TRPCError } from "@trpc/server";
import { isDomainError } from "../errors";
import { PageRedirect } from "./page-read";

/**
 * - signIn: nobody is signed in and the page needs somebody (→ the sign-in page, coming back here);
 * - notFound: nothing at this address for this reader (an unknown or malformed id, or a private
 *   object of somebody else's — a page never says whether it exists);
 * - forbidden: the reader is known but lacks the right (an admin page for a member). It renders
 *   the same not-found page as today, so that a page never tells who may see it; giving it a page
 *   of its own (Next's forbidden()) is a change to readPage only;
 * - redirect: the reader belongs on another page (an edit form they may not use → its view).
 */
export type Refusal = { outcome: "signIn" } | { outcome: "notFound" } | { outcome: "forbidden" } | { outcome: "redirect"; to: string };
export type PageOutcome = "ok" | Refusal["outcome"];

/** The refusal an error means, or null when it is not a refusal (an unexpected error: the error page). */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof PageRedirect) return { outcome: "redirect", to: error.to };
  const code = isDomainError(error) ? error.code : error instanceof TRPCError ? error.code : null;
  switch (code) {
    case "UNAUTHENTICATED":
    case "UNAUTHORIZED":
      return { outcome: "signIn" };
    case "NOT_FOUND":
    case "BAD_REQUEST":
    case "VALIDATION":
      return { outcome: "notFound" };
    case "FORBIDDEN":
    case "INSTITUTION_NOT_ACTIVE":
      return { outcome: "forbidden" };
    default:
      return null;
  }
}

/** A read a page can do without (a section the reader may not see): its result, or null when it is refused as not found. */
export async function unlessNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (refusalOf(error)?.outcome === "notFound") return null;
    throw error;
  }
}
