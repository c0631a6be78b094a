// A programme's public page, by reference: only open, active and completed programmes exist for
// the public (any other status, or an unknown reference, is NOT_FOUND). One read wave: the
// programme with its lead and mechanism, its co-leads, accepted participants, countries and
// sectors — five queries keyed by the reference, sent together.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { countries, institutions, mechanisms, participations, programmes, sectors } from "@/db/schema";
import { todayUtc } from "../agreements/in-force";
import type { Viewer } from "../authz/viewer";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { CATALOGUE_STATUSES, type CatalogueStatus } from "./facets";

/** Why applications are closed (null: they are open). */
export type ApplicationsClosedReason = "notOpen" | "deadlinePassed" | "full";

export type PublicInstitution = { id: string; name: string; countryCode: string };
export type PublicCountry = { code: string; name: string; region: string; subregion: string };

export async function getPublicProgramme(ctx: Pick<UseCaseContext, "db" | "viewer">, reference: string, today: string = todayUtc()) {
  const ofReference = eq(programmes.reference, reference);
  const [[row], coLeads, participants, places, sectorRows] = await Promise.all([
    ctx.db
      .select({
        id: programmes.id,
        reference: programmes.reference,
        title: programmes.title,
        summary: programmes.summary,
        description: programmes.description,
        status: programmes.status,
        workingArea: programmes.workingArea,
        format: programmes.format,
        isFlagship: programmes.isFlagship,
        hubCountry: programmes.hubCountry,
        spilloverCountries: programmes.spilloverCountries,
        sectors: programmes.sectors,
        languages: programmes.languages,
        startDate: programmes.startDate,
        endDate: programmes.endDate,
        applicationDeadline: programmes.applicationDeadline,
        budgetAmount: programmes.budgetAmount,
        budgetCurrency: programmes.budgetCurrency,
        fundingSources: programmes.fundingSources,
        capacity: programmes.capacity,
        acceptedCount: programmes.acceptedCount,
        outcomes: programmes.outcomes,
        outcomeReport: programmes.outcomeReport,
        involvesDataSharing: programmes.involvesDataSharing,
        publishedAt: programmes.publishedAt,
        startedAt: programmes.startedAt,
        closedAt: programmes.closedAt,
        coLeadInstitutionIds: programmes.coLeadInstitutionIds,
        lead: { id: institutions.id, name: institutions.name, countryCode: institutions.countryCode },
        mechanismCode: programmes.mechanismCode,
        mechanismName: mechanisms.name,
      })
      .from(programmes)
      .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
      .leftJoin(mechanisms, eq(mechanisms.code, programmes.mechanismCode))
      .where(and(ofReference, inArray(programmes.status, [...CATALOGUE_STATUSES])))
      .limit(1),
    ctx.db
      .select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode })
      .from(programmes)
      .innerJoin(institutions, sql`JSON_CONTAINS(${programmes.coLeadInstitutionIds}, JSON_QUOTE(${institutions.id}))`)
      .where(ofReference)
      .orderBy(asc(institutions.name)),
    ctx.db
      .select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode })
      .from(programmes)
      .innerJoin(participations, and(eq(participations.programmeId, programmes.id), eq(participations.status, "accepted")))
      .innerJoin(institutions, eq(institutions.id, participations.institutionId))
      .where(ofReference)
      .orderBy(asc(institutions.name)),
    ctx.db
      .select({ code: countries.iso2, name: countries.name, region: countries.region, subregion: countries.subregion })
      .from(programmes)
      .innerJoin(countries, sql`(${countries.iso2} = ${programmes.hubCountry} or JSON_CONTAINS(${programmes.spilloverCountries}, JSON_QUOTE(${countries.iso2})))`)
      .where(ofReference),
    ctx.db
      .select({ code: sectors.code, name: sectors.name, dacCode: sectors.dacCode })
      .from(programmes)
      .innerJoin(sectors, sql`JSON_CONTAINS(${programmes.sectors}, JSON_QUOTE(${sectors.code}))`)
      .where(ofReference),
  ]);
  if (!row) throw notFound("programme");

  const byCode = new Map(places.map((c) => [c.code, c]));
  const country = (code: string): PublicCountry => byCode.get(code) ?? { code, name: code, region: "", subregion: "" };
  const sectorOf = new Map(sectorRows.map((s) => [s.code, s]));
  const placesLeft = row.capacity === null ? null : Math.max(0, row.capacity - row.acceptedCount);
  const closedBecause: ApplicationsClosedReason | null =
    row.status !== "open" ? "notOpen" : row.applicationDeadline !== null && row.applicationDeadline < today ? "deadlinePassed" : placesLeft === 0 ? "full" : null;
  const { coLeadInstitutionIds, lead, mechanismCode, mechanismName, ...programme } = row;

  return {
    programme: {
      ...programme,
      status: row.status as CatalogueStatus,
      outcomes: row.outcomes,
      outcomeReport: (row.outcomeReport ?? null),
      placesLeft,
    },
    lead,
    // In the order the lead listed them; an id that matches no institution is left out.
    coLeads: coLeadInstitutionIds.map((id) => coLeads.find((c) => c.id === id)).filter((c): c is PublicInstitution => !!c),
    hub: row.hubCountry ? country(row.hubCountry) : null,
    spillovers: row.spilloverCountries.map(country),
    sectors: row.sectors.map((code) => sectorOf.get(code) ?? { code, name: code, dacCode: null }),
    mechanism: mechanismCode ? { code: mechanismCode, name: mechanismName ?? mechanismCode } : null,
    participants,
    applications: { open: closedBecause === null, closedBecause },
    viewer: viewerFacts(ctx.viewer, [lead.id, ...coLeadInstitutionIds]),
  };
}

export type PublicProgramme = Awaited<ReturnType<typeof getPublicProgramme>>;

/** What the page needs to say about applying: signed in or not, and with which of the viewer's institutions. */
function viewerFacts(viewer: Viewer, runningInstitutionIds: string[]) {
  if (!viewer) return { signedIn: false, applicantInstitutions: [] as { id: string; name: string }[] };
  const applicantInstitutions = viewer.memberships
    .filter((m) => m.institutionStatus === "verified" && !runningInstitutionIds.includes(m.institutionId))
    .map((m) => ({ id: m.institutionId, name: m.institutionName }));
  return { signedIn: true, applicantInstitutions };
}
