import type { Database } from "@/db/client";
import type { MembershipStatus } from "@/db/schema";
import type { AuditEntry } from "../workflow/commit-transition";
import { DomainError } from "../errors";
import { commitAtomic, commitChange } from "../workflow/commit-transition";
import { guardedMembershipUpdate, lockAndCountOwners, updateMembershipGuarded, type MembershipChange } from "./queries";

/**
 * Writes a guarded membership change and its audit entry. When the change takes an owner
 * away (removal or demotion), the institution is locked and its owners recounted inside the
 * transaction, so two owners cannot take each other away at once (LAST_OWNER); any other
 * change is one atomic write.
 */
export async function commitMembershipChange(
  db: Database,
  membership: { id: string; institutionId: string; status: MembershipStatus; version: number },
  set: MembershipChange,
  audit: AuditEntry,
  { removesAnOwner }: { removesAnOwner: boolean },
): Promise<void> {
  if (!removesAnOwner) {
    await commitAtomic(db, [guardedMembershipUpdate(db, membership.id, membership, set)], audit);
    return;
  }
  await commitChange(
    db,
    async (tx) => {
      if ((await lockAndCountOwners(tx, membership.institutionId)) <= 1) throw new DomainError("LAST_OWNER");
      return updateMembershipGuarded(tx, membership.id, membership, set);
    },
    audit,
  );
}
