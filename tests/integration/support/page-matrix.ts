// The page authorization matrix's vocabulary (issue #11: "two personas for every procedure and
// page"). Every page under app/ has a row (tests/integration/page-authorization.integration-test.ts
// scans app/**/page.tsx and app/**/layout.tsx): either the page read it calls, with its arguments
// in the scene and what each persona gets, or — for a page that reads nothing — what it renders.
// A new page: add its row to support/page-matrix-rows.ts.
import type { PageOutcome } from "../../../server/pages/outcomes";
import type { PageRead } from "../../../server/pages/page-read";
import type { PageScene } from "./page-scene";
import { PERSONAS, type Persona } from "./world";

export type PageExpectation = Record<Persona, PageOutcome>;

/** One case of a page: the read it calls, its arguments in the scene, and each persona's outcome. */
export type ReadCase = {
  /** What the case shows, when a page has several (e.g. "a draft report"). */
  case?: string;
  // The matrix calls reads with the arguments it builds; their own parameter types are checked where the row is written (readRow).
  read: PageRead<never[], unknown>;
  args: (scene: PageScene) => unknown[];
  /** Each persona's outcome; a function of the scene where it depends on the database, not on who asks. */
  expect: PageExpectation | ((scene: PageScene) => PageExpectation);
};

/** A page that reads nothing: the same outcome for everybody (a form, a help page, the catch-all 404). */
export type StaticPage = { static: PageOutcome };

export type PageRow = StaticPage | ReadCase[];

/** A row for a read, its arguments typed by the read's own parameters. */
export function readRow<Args extends readonly unknown[]>(
  read: PageRead<Args, unknown>,
  args: (scene: PageScene) => readonly [...Args],
  expect: ReadCase["expect"],
  label?: string,
): ReadCase {
  return { case: label, read: read as unknown as PageRead<never[], unknown>, args: args as unknown as (scene: PageScene) => unknown[], expect };
}

export const everyone = (outcome: PageOutcome): PageExpectation => Object.fromEntries(PERSONAS.map((persona) => [persona, outcome])) as PageExpectation;
/** Any signed-in person; a visitor is sent to sign in. */
export const signedInPage: PageExpectation = { ...everyone("ok"), visitor: "signIn" };
/** The admins' pages: a signed-in person without the right is refused (rendered as the not-found page). */
export const adminPage: PageExpectation = { ...everyone("forbidden"), visitor: "signIn", admin: "ok" };
/** A's private pages: A's people and the admins; anybody else is told there is nothing there. */
export const privateToAPage: PageExpectation = { ...everyone("notFound"), visitor: "signIn", memberA: "ok", ownerA: "ok", admin: "ok" };
/** A programme's private pages, S (suspended) being its co-lead: S's people keep reading it. */
export const privateToPartiesPage: PageExpectation = { ...privateToAPage, memberSuspended: "ok" };
