import { asc, desc, eq, sql } from "drizzle-orm";
import { agreementParties, agreements, institutions } from "@/db/schema";
import { assertCan, can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { AGREEMENT_PROGRAMME_STATUSES } from "./create-agreement";
import { effectiveAgreementStatus, todayUtc } from "./in-force";
import { findProgrammeForAgreements, programmeInstitutions } from "./queries";
import { AGREEMENT_TEMPLATES } from "./templates";

/** At most this many agreement versions are listed for one programme (newest first). */
export const PROGRAMME_AGREEMENTS_LIMIT = 100;

/**
 * The agreements of a programme (every version, newest reference first) for its lead, co-leads,
 * accepted participants and admins, and whether the viewer may draft a new one. One read wave.
 */
export async function listProgrammeAgreements(ctx: UseCaseContext, input: { programmeId: string }) {
  const { db, viewer } = ctx;
  const [programme, candidates, rows] = await Promise.all([
    findProgrammeForAgreements(db, input.programmeId),
    programmeInstitutions(db, { programmeId: input.programmeId }),
    db
      .select({
        id: agreements.id,
        reference: agreements.reference,
        versionNumber: agreements.versionNumber,
        parentId: agreements.parentAgreementId,
        title: agreements.title,
        status: agreements.status,
        expiryDate: agreements.expiryDate,
        effectiveDate: agreements.effectiveDate,
        inForceAt: agreements.inForceAt,
        partiesToSign: agreements.partiesToSign,
        signaturesGiven: agreements.signaturesGiven,
        updatedAt: agreements.updatedAt,
        version: agreements.version,
        // Qualified by hand: drizzle leaves column names unqualified in a single-table select.
        parties: sql<string | null>`(select group_concat(${sql.raw("pi.name")} order by ${sql.raw("pp.created_at")} separator '\n') from ${agreementParties} ${sql.raw("pp")} join ${institutions} ${sql.raw("pi")} on ${sql.raw("pi.id = pp.institution_id")} where ${sql.raw("pp.agreement_id = `agreements`.`id`")})`,
      })
      .from(agreements)
      .where(eq(agreements.programmeId, input.programmeId))
      .orderBy(desc(agreements.createdAt), asc(agreements.versionNumber))
      .limit(PROGRAMME_AGREEMENTS_LIMIT),
  ]);
  if (!programme) throw notFound("programme");
  assertCan(viewer, "agreement.view", {
    institutionId: programme.leadInstitutionId,
    partnerInstitutionIds: [...programme.coLeadInstitutionIds, ...candidates.map((c) => c.id)],
  });
  const today = todayUtc();
  return {
    programme: { id: programme.id, reference: programme.reference, title: programme.title, status: programme.status, involvesDataSharing: programme.involvesDataSharing },
    items: rows.map((r) => ({ ...r, status: effectiveAgreementStatus(r, today), parties: r.parties ? r.parties.split("\n") : [] })),
    canCreate:
      (AGREEMENT_PROGRAMME_STATUSES as readonly string[]).includes(programme.status) &&
      can(viewer, "agreement.create", { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds }),
    templates: AGREEMENT_TEMPLATES.map((t) => ({ code: t.code, title: t.title, description: t.description, personalData: t.personalData })),
  };
}
