// zod inputs shared by the forms and the server. Messages are catalogue keys (namespace "validation").
import "../common/zod-browser";
import { z } from "zod";
import { INSTITUTION_TYPES } from "@/db/schema/institutions";
import { countryCode } from "../reference/fields";
import { REGIONS } from "../reference/regions";

export const idSchema = z.string({ error: "validation.invalidId" }).max(20, { error: "validation.invalidId" }).regex(/^[0-9a-z]{20}$/, { error: "validation.invalidId" });
/** Optimistic-locking version of a row (an INT column). */
export const versionSchema = z.number().int().positive().max(2_147_483_647);
const domain = z
  .string()
  .trim()
  .max(253, { error: "validation.emailDomain" })
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: "validation.emailDomain" });

export const institutionFields = z.object({
  name: z.string().trim().min(2, { error: "validation.nameLength" }).max(200, { error: "validation.nameLength" }),
  acronym: z
    .string()
    .trim()
    .max(32, { error: "validation.acronymLength" })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
  countryCode: countryCode(),
  type: z.enum(INSTITUTION_TYPES, { error: "validation.institutionType" }),
  website: z
    .url({ protocol: /^https?$/, error: "validation.website" })
    .max(255, { error: "validation.website" }),
  emailDomains: z.array(domain).min(1, { error: "validation.emailDomainsRequired" }).max(10, { error: "validation.emailDomainsMax" }),
  description: z
    .string()
    .trim()
    .min(20, { error: "validation.descriptionLength" })
    .max(4000, { error: "validation.descriptionLength" }),
  rorId: z
    .string()
    .trim()
    .max(64, { error: "validation.ror" })
    .transform((v) => v.replace(/^https?:\/\/ror\.org\//, ""))
    .pipe(z.union([z.literal(""), z.string().max(9, { error: "validation.ror" }).regex(/^0[a-z0-9]{6}[0-9]{2}$/, { error: "validation.ror" })]))
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
});
export type InstitutionFields = z.infer<typeof institutionFields>;

export const registerInstitutionInput = institutionFields;
export const updateInstitutionInput = institutionFields.extend({ institutionId: idSchema, version: versionSchema });

export const institutionEventInput = z.object({
  institutionId: idSchema,
  event: z.enum(["verify", "reject", "suspend", "reinstate"]),
  reason: z.string().trim().max(2000, { error: "validation.reasonLength" }).optional(),
  version: versionSchema,
});

export const directoryFilters = z.object({
  q: z.string().trim().max(100).optional(),
  country: z
    .string()
    .trim()
    .max(2)
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  type: z.enum(INSTITUTION_TYPES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DirectoryFilters = z.infer<typeof directoryFilters>;

export const institutionIdInput = z.object({ institutionId: idSchema });
