// Output contracts of the institution directory, an institution's page and the reference lists:
// what a visitor may see of them. An institution's email domains, status reason and version are
// for its members and admins only (`private`).
import { z } from "zod";
import { INSTITUTION_STATUSES, INSTITUTION_TYPES } from "@/db/schema/institutions";

const institutionType = z.enum(INSTITUTION_TYPES);

export const directoryOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      acronym: z.string().nullable(),
      countryCode: z.string(),
      region: z.string(),
      type: institutionType,
      website: z.string(),
    }),
  ),
  total: z.number(),
  pageSize: z.number(),
});

const institutionPublic = {
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  countryCode: z.string(),
  region: z.string(),
  subregion: z.string(),
  type: institutionType,
  website: z.string(),
  description: z.string(),
  rorId: z.string().nullable(),
  status: z.enum(INSTITUTION_STATUSES),
  verifiedSince: z.date().nullable(),
};

/** What a visitor (or anyone not of the institution) sees: the public fields, `private: null`. */
export const institutionVisitorView = z.object({ ...institutionPublic, private: z.null() });
/** What its members and admins see besides. */
export const institutionMemberView = z.object({
  ...institutionPublic,
  private: z.object({ emailDomains: z.array(z.string()), statusReason: z.string().nullable(), version: z.number(), createdAt: z.date() }),
});
export const institutionByIdOutput = z.union([institutionVisitorView, institutionMemberView]);

export const countriesOutput = z.array(z.object({ code: z.string(), name: z.string(), region: z.string(), subregion: z.string(), g77: z.boolean() }));
export const sectorsOutput = z.array(z.object({ code: z.string(), name: z.string(), dacCode: z.string().nullable() }));
export const mechanismsOutput = z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() }));
