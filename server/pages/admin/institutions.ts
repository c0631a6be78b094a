// /admin/institutions — the verification queue: each institution with the events its status allows.
import type { InstitutionStatus } from "@/db/schema/institutions";
import { can } from "../../authz/permissions";
import { institutionMachine } from "../../institutions/transitions";
import { eventsFrom } from "../../workflow/state-machine";
import { forbidUnless, pageRead, signedIn } from "../page-read";

type QueueRow = { institution: { status: InstitutionStatus } };

/** The buttons a row gets: exactly the events the state machine allows from its status (an owner's edit is not the queue's). */
const withEvents = <R extends QueueRow>(rows: readonly R[]) =>
  rows.map((row) => ({
    ...row,
    events: eventsFrom(institutionMachine, row.institution.status)
      .filter((event) => event !== "edit")
      .map((event) => ({ event, needsReason: institutionMachine.transitions[event].needsReason ?? false })),
  }));

export const verificationQueuePage = pageRead("verificationQueuePage", async (ctx) => {
  forbidUnless(can(signedIn(ctx), "institution.reviewQueue"));
  const queue = await ctx.api.institutions.verificationQueue();
  return { pending: withEvents(queue.pending), verified: withEvents(queue.verified), suspended: withEvents(queue.suspended) };
});
