// Changing one's password from the account page (issue #15): the current password is proved
// (a wrong one is a field message and backs off like a failed sign-in), the new one meets the
// sign-up rules (a field message), and a change ends the sessions, emails a notice, and is audited.
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { z, ZodError } from "zod";
import { auditLog } from "../../db/schema";
import { authenticate } from "../../server/accounts/authenticate";
import { changePassword } from "../../server/accounts/change-password";
import { changePasswordForm } from "../../server/accounts/schemas";
import { loadViewer } from "../../server/auth/load-viewer";
import { createUser, DEFAULT_TEST_PASSWORD } from "../factories";
import { openTestDb, outboxTo, userRow } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs, callerAs, TEST_META } from "./support/personas";

const handle = openTestDb();
const { db } = handle;
const NEW_PASSWORD = "Fresh-river-stones-2026";

afterAll(async () => {
  await handle.close();
});

/** The field messages of a call refused by its input schema. */
async function fieldErrorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError) return z.flattenError(error.cause).fieldErrors;
    throw error;
  }
  throw new Error("expected the call to be refused");
}

describe("changing one's password", () => {
  it("refuses a wrong current password with a message on that field, and changes nothing", async () => {
    const user = await createUser(db);
    const error = await domainErrorOf(changePassword(await actingAs(db, user), { currentPassword: "Not-my-password-2026", newPassword: NEW_PASSWORD }));
    expect(error.code).toBe("WRONG_PASSWORD");
    expect(error.fields).toEqual({ currentPassword: ["validation.wrongCurrentPassword"] });
    const row = await userRow(db, user.id);
    expect(row.sessionVersion).toBe(user.sessionVersion);
    expect(await authenticate(db, { email: user.email, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: true });
    expect(await outboxTo(db, user.email)).toEqual([]);
  });

  it("refuses a weak new password with the sign-up rule's field message", async () => {
    const user = await createUser(db);
    const api = await callerAs(db, user);
    expect(await fieldErrorsOf(api.account.changePassword({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "short" }))).toEqual({ newPassword: ["validation.passwordLength"] });
    expect(await fieldErrorsOf(api.account.changePassword({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "x".repeat(201) }))).toEqual({ newPassword: ["validation.passwordLength"] });
    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion);
  });

  it("the form refuses two different new passwords on the confirmation field", () => {
    const parsed = changePasswordForm.safeParse({ currentPassword: "a", newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` });
    expect(parsed.success).toBe(false);
    expect(parsed.error && z.flattenError(parsed.error).fieldErrors).toEqual({ confirmPassword: ["validation.passwordMismatch"] });
  });

  it("ends every session, emails a notice to the account's address and writes one audit event", async () => {
    const user = await createUser(db, { locale: "fr" });

    expect(await changePassword(await actingAs(db, user), { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ ok: true, signInAgain: true });

    expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull();
    expect(await authenticate(db, { email: user.email, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: false });
    expect(await authenticate(db, { email: user.email, password: NEW_PASSWORD }, TEST_META)).toMatchObject({ ok: true, sessionVersion: user.sessionVersion + 1 });
    const emails = await outboxTo(db, user.email);
    expect(emails.map((e) => [e.template, e.subject])).toEqual([["passwordChanged", "Le mot de passe de votre compte Southbridge a été modifié"]]);
    expect(emails[0]!.textBody).not.toContain(NEW_PASSWORD);
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.objectId, user.id), eq(auditLog.action, "user.change_password")));
    expect(entries).toEqual([expect.objectContaining({ actorUserId: user.id, changes: { sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } } })]);
  });
});
