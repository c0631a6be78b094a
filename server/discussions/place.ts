// Where a thread lives — its programme (lead, co-leads, panel) and, for a clause thread, its
// agreement (status and parties) — loaded in ONE query with the thread or the message.
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreements, messages, programmes, threadFollowers, threads } from "@/db/schema";
import type { AgreementStatus } from "@/db/schema/agreements";
import type { ProgrammeStatus } from "@/db/schema/programmes";
import { parsePanel, type PanelMember } from "../programmes/queries";

export type ThreadRow = typeof threads.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;

export type Place = {
  programme: { id: string; reference: string; title: string; status: ProgrammeStatus; leadInstitutionId: string; coLeadInstitutionIds: string[] };
  /** Every seat the programme's panel ever had, in the order they were given (reviewer numbers follow it). */
  panel: PanelMember[];
  agreement: { id: string; status: AgreementStatus; partyIds: string[] } | null;
};

const programmeColumns = {
  id: programmes.id,
  reference: programmes.reference,
  title: programmes.title,
  status: programmes.status,
  leadInstitutionId: programmes.leadInstitutionId,
  coLeadInstitutionIds: programmes.coLeadInstitutionIds,
};

const panelOf = sql<string | null>`(select group_concat(concat(ra.reviewer_user_id, ':', ra.role, ':', ra.status) order by ra.created_at, ra.id separator ',') from review_assignments ra where ra.programme_id = programmes.id)`; // qualified by hand: a one-table select renders its columns unqualified
const partiesOf = sql<string | null>`(select group_concat(ap.institution_id separator ',') from agreement_parties ap where ap.agreement_id = agreements.id)`;

type PlaceRow = { programme: Place["programme"]; panel: string | null; agreementId: string | null; agreementStatus: AgreementStatus | null; parties: string | null };

function placeOf(row: PlaceRow): Place {
  return {
    programme: row.programme,
    panel: parsePanel(row.panel),
    agreement: row.agreementId && row.agreementStatus ? { id: row.agreementId, status: row.agreementStatus, partyIds: row.parties ? row.parties.split(",") : [] } : null,
  };
}

const placeColumns = { programme: programmeColumns, panel: panelOf, agreementId: agreements.id, agreementStatus: agreements.status, parties: partiesOf };

/** A thread and its place; `viewerId` also says whether that person follows it. */
export async function findThread(db: Executor, threadId: string, viewerId: string | null) {
  const following = viewerId
    ? sql<number>`exists (select 1 from ${threadFollowers} tf where tf.thread_id = ${threads.id} and tf.user_id = ${viewerId})`
    : sql<number>`0`;
  const [row] = await db
    .select({ thread: threads, ...placeColumns, following })
    .from(threads)
    .innerJoin(programmes, eq(programmes.id, threads.programmeId))
    .leftJoin(agreements, eq(agreements.id, threads.agreementId))
    .where(eq(threads.id, threadId))
    .limit(1);
  return row ? { thread: row.thread, place: placeOf(row), following: Number(row.following) === 1 } : undefined;
}

/** A message with its thread and place. */
export async function findMessage(db: Executor, messageId: string) {
  const [row] = await db
    .select({ message: messages, thread: threads, ...placeColumns })
    .from(messages)
    .innerJoin(threads, eq(threads.id, messages.threadId))
    .innerJoin(programmes, eq(programmes.id, threads.programmeId))
    .leftJoin(agreements, eq(agreements.id, threads.agreementId))
    .where(eq(messages.id, messageId))
    .limit(1);
  return row ? { message: row.message, thread: row.thread, place: placeOf(row) } : undefined;
}

/** The place of a new proposal thread or public question. */
export async function findProgrammePlace(db: Executor, programmeId: string): Promise<Place | undefined> {
  const [row] = await db
    .select({ programme: programmeColumns, panel: panelOf })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return row ? placeOf({ ...row, agreementId: null, agreementStatus: null, parties: null }) : undefined;
}

/** The place of a clause thread: the agreement version and its programme. */
export async function findAgreementPlace(db: Executor, agreementId: string): Promise<Place | undefined> {
  const [row] = await db
    .select(placeColumns)
    .from(agreements)
    .innerJoin(programmes, eq(programmes.id, agreements.programmeId))
    .where(eq(agreements.id, agreementId))
    .limit(1);
  return row ? placeOf(row) : undefined;
}
