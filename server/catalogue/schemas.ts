// The catalogue's filters as one zod schema, shared by the GET form (query string → filters) and
// the procedures. Malformed values are dropped (`.catch`) rather than failing a shared link.
import "../common/zod-browser";
import { z } from "zod";
import { PROGRAMME_FORMATS, WORKING_AREAS } from "@/db/schema/programmes";
import { CATALOGUE_STATUSES, REGION_FILTERS } from "./facets";

export const CATALOGUE_PAGE_SIZE = 20;

/** The catalogue's orders besides its default (relevance, flagships, newest). */
export const CATALOGUE_SORTS = ["newest", "closingSoon"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

const code = (pattern: RegExp, max: number) => z.string().trim().max(max).regex(pattern).optional().catch(undefined);

export const catalogueFilters = z.object({
  /** Words searched in titles and summaries (full text, with a LIKE fallback: see full-text.ts). */
  q: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .catch(undefined),
  area: z.enum(WORKING_AREAS).optional().catch(undefined),
  format: z.enum(PROGRAMME_FORMATS).optional().catch(undefined),
  sector: code(/^[a-z0-9_]{1,40}$/, 40),
  mechanism: code(/^[A-Za-z0-9_]{1,32}$/, 32),
  /** An M49 region ("Africa") or sub-region ("Sub-Saharan Africa") of the hub OR of any spillover country. */
  region: z.enum(REGION_FILTERS).optional().catch(undefined),
  /** ISO 3166-1 alpha-2: the hub OR one of the spillover countries. */
  country: z
    .string()
    .trim()
    .max(2)
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  /** Only flagship programmes ("1"/"true"/true from a checkbox or the API). */
  flagship: z
    .union([z.boolean(), z.enum(["1", "true", "on"]).transform(() => true)])
    .optional()
    .catch(undefined),
  /** One public status; without it, all three (open, active, completed). */
  status: z.enum(CATALOGUE_STATUSES).optional().catch(undefined),
  /** A language of delivery (ISO 639 code, e.g. "sw"). */
  language: code(/^[a-z]{2,3}$/, 3),
  /** One lead institution's programmes (its public page lists them). */
  lead: code(/^[0-9a-z]{20}$/, 20),
  /** "newest" (latest published first) or "closingSoon" (open deadlines, nearest first); without it the default order. */
  sort: z.enum(CATALOGUE_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type CatalogueFilters = z.infer<typeof catalogueFilters>;
export type CatalogueFiltersInput = z.input<typeof catalogueFilters>;

/** A programme's public reference as typed or linked (PRG-2026-0042; at most the column's 16 characters). */
export const programmeReference = z.string().trim().min(1).max(16);

export const programmeReferenceInput = z.object({
  reference: programmeReference,
});
