// What every membership transition shares: the machine, the row, how it is loaded, and the
// statements that keep an institution from losing its last owner.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships } from "@/db/schema";
import { DomainError } from "../errors";
import type { ChangeStep } from "../workflow/commit";
import { statement } from "../workflow/statement";
import { findMembership } from "./queries";
import { membershipMachine } from "./transitions";

export type FoundMembership = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

/** Spread into a `transition({...})` declaration: `...onMembership<TheInput>()`. */
export const onMembership = <I extends { membershipId: string; version: number }>() =>
  ({
    machine: membershipMachine,
    table: memberships,
    object: "membership",
    load: (db: Database, input: I) => findMembership(db, input.membershipId),
    target: (found: FoundMembership) => found.membership,
  }) as const;

export const membershipMoved = ({ target, to }: { target: { id: string; version: number }; to: string }) => ({
  membershipId: target.id,
  status: to,
  version: target.version + 1,
});

const lastOwner = () => new DomainError("LAST_OWNER");

/**
 * The refusal when the owners seen at read time were the last: LAST_OWNER before anything is written.
 */
export function refuseLastOwner(found: FoundMembership): void {
  if (found.activeOwners <= 1) throw lastOwner();
}

/**
 * A change that takes an owner away (removal or demotion), made safe against another owner
 * doing the same at the same moment: the institution's row is locked FIRST (so two such writes
 * queue instead of each seeing the other's owner), and after the membership update a guard
 * finds at least one active owner left — else the whole write is refused with LAST_OWNER. The
 * guard is an update of the institution's version that the next statement takes back, so it
 * changes exactly one row when an owner remains, and nothing in the end.
 */
export function keepingAnOwner(institutionId: string): { before: ChangeStep[]; after: ChangeStep[] } {
  const ownerLeft = sql`exists (select 1 from memberships o where o.institution_id = ${institutionId} and o.status = 'active' and o.role = 'owner')`;
  return {
    before: [{ statement: statement(sql`select id from institutions where id = ${institutionId} for update`) }],
    after: [
      { statement: statement(sql`update institutions set version = version + 1 where id = ${institutionId} and ${ownerLeft}`), expectRows: 1, refusal: lastOwner },
      { statement: statement(sql`update institutions set version = version - 1 where id = ${institutionId}`) },
    ],
  };
}
