import type { Database } from "@/db/client";
import { agreementParties, agreements } from "@/db/schema";
import { DomainError, notFound } from "../errors";
import { creation } from "../workflow/transition";
import { actingInstitution } from "./access";
import { todayUtc } from "./in-force";
import { agreementReferenceFromCounter, bumpAgreementCounter, findProgrammeForAgreements, programmeInstitutions } from "./queries";
import type { CreateAgreementInput } from "./schemas";
import { contentFromTemplate } from "./templates";
import { agreementMachine } from "./transitions";

/** Programme states in which its people may draft data-sharing agreements. */
export const AGREEMENT_PROGRAMME_STATUSES = ["approved", "open", "active"] as const;

async function load(db: Database, input: CreateAgreementInput) {
  const [programme, candidates] = await Promise.all([findProgrammeForAgreements(db, input.programmeId), programmeInstitutions(db, { programmeId: input.programmeId })]);
  if (!programme) throw notFound("programme");
  const lead = candidates.find((c) => c.relation === "lead") ?? { id: programme.leadInstitutionId, countryCode: "" };
  const today = todayUtc();
  const content = contentFromTemplate(
    input.template,
    lead,
    candidates.filter((c) => c.id !== lead.id),
    { effectiveDate: programme.startDate && programme.startDate > today ? programme.startDate : today, expiryDate: programme.endDate },
  );
  return { programme, content };
}

/**
 * A member of the programme's lead or a co-lead drafts an agreement from a template: the
 * programme's institutions become the parties and the template's clauses are filled in.
 */
export const createAgreement = creation({
  machine: agreementMachine,
  create: "draft",
  object: "agreement",
  load,
  subject: ({ programme }) => ({ institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds }),
  rules: ({ loaded: { programme } }) => {
    if (!(AGREEMENT_PROGRAMME_STATUSES as readonly string[]).includes(programme.status)) {
      throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "createAgreement" });
    }
  },
  change: ({ db, input, id, to, viewer, now, loaded: { programme, content } }) => [
    { statement: bumpAgreementCounter(db, now.getUTCFullYear()) },
    {
      statement: db.insert(agreements).values({
        id,
        reference: agreementReferenceFromCounter(now.getUTCFullYear()),
        versionNumber: 1,
        programmeId: programme.id,
        status: to,
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
        .values(content.parties.map((p, i) => ({ agreementId: id, institutionId: p.institutionId, role: p.role, createdAt: new Date(now.getTime() + i) }))),
    },
  ],
  audit: ({ viewer, input, to, loaded: { programme } }) => ({
    action: "agreement.create",
    onBehalfOfInstitutionId: actingInstitution(viewer, [programme.leadInstitutionId, ...programme.coLeadInstitutionIds]),
    changes: { status: { before: null, after: to }, title: { before: null, after: input.title }, template: { before: null, after: input.template } },
    context: {},
  }),
  result: ({ id, to }) => ({ agreementId: id, status: to }),
});
