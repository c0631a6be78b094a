import { newId } from "@/db/ids";
import { agreementParties, agreements } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { actingInstitution } from "./access";
import { todayUtc } from "./in-force";
import { agreementReferenceFromCounter, bumpAgreementCounter, findProgrammeForAgreements, programmeInstitutions } from "./queries";
import type { CreateAgreementInput } from "./schemas";
import { contentFromTemplate } from "./templates";
import { agreementMachine } from "./transitions";

/** Programme states in which its people may draft data-sharing agreements. */
export const AGREEMENT_PROGRAMME_STATUSES = ["approved", "open", "active"] as const;

/**
 * A member of the programme's lead or a co-lead drafts an agreement from a template: the
 * programme's institutions become the parties and the template's clauses are filled in.
 */
export async function createAgreement(ctx: UseCaseContext, input: CreateAgreementInput) {
  const { db, viewer } = ctx;
  const [programme, candidates] = await Promise.all([findProgrammeForAgreements(db, input.programmeId), programmeInstitutions(db, { programmeId: input.programmeId })]);
  if (!programme) throw notFound("programme");
  const rule = agreementMachine.create.draft;
  assertCan(viewer, rule.permission, { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds });
  if (!(AGREEMENT_PROGRAMME_STATUSES as readonly string[]).includes(programme.status)) {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "createAgreement" });
  }
  const lead = candidates.find((c) => c.relation === "lead") ?? { id: programme.leadInstitutionId, countryCode: "" };
  const today = todayUtc();
  const content = contentFromTemplate(
    input.template,
    lead,
    candidates.filter((c) => c.id !== lead.id),
    { effectiveDate: programme.startDate && programme.startDate > today ? programme.startDate : today, expiryDate: programme.endDate },
  );
  const id = newId();
  const year = new Date().getUTCFullYear();
  const base = Date.now();
  await commitAtomic(
    db,
    [
      { statement: bumpAgreementCounter(db, year) },
      {
        statement: db.insert(agreements).values({
          id,
          reference: agreementReferenceFromCounter(year),
          versionNumber: 1,
          programmeId: programme.id,
          status: rule.to,
          title: input.title,
          content,
          effectiveDate: content.effectiveDate,
          expiryDate: content.expiryDate,
          createdByUserId: viewer.userId,
        }),
        expectRows: 1,
      },
      {
        statement: db
          .insert(agreementParties)
          .values(content.parties.map((p, i) => ({ agreementId: id, institutionId: p.institutionId, role: p.role, createdAt: new Date(base + i) }))),
      },
    ],
    {
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: actingInstitution(viewer, [programme.leadInstitutionId, ...programme.coLeadInstitutionIds]),
      action: "agreement.create",
      objectType: "agreement",
      objectId: id,
      changes: { status: { before: null, after: rule.to }, title: { before: null, after: input.title }, template: { before: null, after: input.template } },
      context: metaContext(ctx.meta),
    },
  );
  return { agreementId: id, status: rule.to };
}
