import { listAudit } from "../../audit/list-audit";
import { auditChainBatchInput, auditFilters } from "../../audit/schemas";
import { verifyAuditChainBatch } from "../../audit/verify-chain";
import { changePlatformRole } from "../../users/change-platform-role";
import { changeUserStatus } from "../../users/change-user-status";
import { listUsers } from "../../users/list-users";
import { listUsersInput, roleChangeInput, userStatusChangeInput } from "../../users/schemas";
import { listDeadLetters, retryDeadLetter } from "../../outbox/dead-letters";
import { deadLettersInput, retryDeadLetterInput } from "../../outbox/schemas";
import { createTRPCRouter, permittedProcedure } from "../init";

export const adminRouter = createTRPCRouter({
  users: permittedProcedure("user.list").input(listUsersInput).query(({ ctx, input }) => listUsers(ctx, input)),
  changeRole: permittedProcedure("user.grantRole").input(roleChangeInput).mutation(({ ctx, input }) => changePlatformRole(ctx, input)),
  // Suspend or reinstate an account (the use case checks the event's own permission).
  changeUserStatus: permittedProcedure("user.suspend").input(userStatusChangeInput).mutation(({ ctx, input }) => changeUserStatus(ctx, input)),
  audit: permittedProcedure("audit.read").input(auditFilters).query(({ ctx, input }) => listAudit(ctx, input)),
  deadLetters: permittedProcedure("outbox.read").input(deadLettersInput).query(({ ctx, input }) => listDeadLetters(ctx, input)),
  retryDeadLetter: permittedProcedure("outbox.retry").input(retryDeadLetterInput).mutation(({ ctx, input }) => retryDeadLetter(ctx, input)),
  // One bounded batch of the audit chain's verification (the admin page walks it batch by batch).
  auditChain: permittedProcedure("audit.read").input(auditChainBatchInput).query(({ ctx, input }) => verifyAuditChainBatch(ctx.db, input)),
});
