// Output contracts of the programme procedures a visitor can call: programmes.byId,
// catalogue.search and catalogue.byReference. Nothing names a user: the creator of a programme
// (createdByUserId) and the reviewers never leave through these.
import { z } from "zod";
import { DECISION_OUTCOMES } from "@/db/schema/reviews";
import { CATALOGUE_STATUSES } from "../../catalogue/facets";
import { codesOut, dayOut, namedInstitutionOut, programmePublicShape, programmeStatusOut } from "../../open-data/contract-parts";

/** The programme row as programmes.byId shows it: every column except who created it. */
const programmeOut = z.object({
  ...programmePublicShape,
  leadInstitutionId: z.string(),
  status: programmeStatusOut,
  mechanismCode: z.string().nullable(),
  coLeadInstitutionIds: codesOut,
  currentRevision: z.number(),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  cancellationReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const revisionOut = z.object({ number: z.number(), createdAt: z.date() });
const decisionOut = z.object({ revisionNumber: z.number(), outcome: z.enum(DECISION_OUTCOMES), letter: z.string(), createdAt: z.date(), overrideReason: z.string().nullable() });
const timelineOut = z.object({ action: z.string(), occurredAt: z.date(), status: z.string().nullable() });
const feedbackOut = z.object({ revisionNumber: z.number(), comments: z.string() });
const coLeadOut = z.object({ id: z.string(), name: z.string(), countryCode: z.string(), status: z.string() });
const canOut = z.object({ edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean(), review: z.boolean(), decide: z.boolean(), assign: z.boolean() });
/** Empty for a visitor: a list that may hold nothing. */
const none = <T extends z.ZodType>(item: T) => z.array(item).max(0);

const programmeViewBase = { programme: programmeOut, leadName: z.string(), leadCountry: z.string(), coLeads: z.array(coLeadOut) };

/**
 * What anyone who is not a party to the programme sees (a visitor, a member of another
 * institution): the public programme, no revisions, decisions, history or feedback, no action.
 */
export const programmeVisitorView = z.object({
  ...programmeViewBase,
  canSeePrivate: z.literal(false),
  revisions: none(revisionOut),
  decisions: none(decisionOut),
  timeline: none(timelineOut),
  feedback: none(feedbackOut),
  can: canOut.extend({ edit: z.literal(false), submit: z.literal(false), withdraw: z.literal(false), review: z.literal(false), decide: z.literal(false), assign: z.literal(false) }),
});

/** What its lead and co-leads' members, its panel and admins see besides. */
export const programmePartyView = z.object({
  ...programmeViewBase,
  canSeePrivate: z.literal(true),
  revisions: z.array(revisionOut),
  decisions: z.array(decisionOut),
  timeline: z.array(timelineOut),
  feedback: z.array(feedbackOut),
  can: canOut,
});

/**
 * A visitor's answer must match the visitor view (else the call fails instead of leaking). The
 * use case returns `canSeePrivate: boolean`: the schema takes any value in and checks it here.
 */
export const programmeByIdOutput = z.unknown().pipe(z.discriminatedUnion("canSeePrivate", [programmeVisitorView, programmePartyView]));

const catalogueStatusOut = z.enum(CATALOGUE_STATUSES);

export const catalogueSearchOutput = z.object({
  items: z.array(
    z.object({
      reference: z.string(),
      title: z.string(),
      summary: z.string(),
      status: catalogueStatusOut,
      workingArea: z.string().nullable(),
      format: z.string().nullable(),
      isFlagship: z.boolean(),
      leadName: z.string(),
      leadCountry: z.string(),
      hubCountry: z.string().nullable(),
      spilloverCountries: codesOut,
      sectors: codesOut,
      mechanismCode: z.string().nullable(),
      languages: codesOut,
      applicationDeadline: dayOut,
      capacity: z.number().nullable(),
      acceptedCount: z.number(),
      startDate: dayOut,
      endDate: dayOut,
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const countryOut = z.object({ code: z.string(), name: z.string(), region: z.string(), subregion: z.string() });

export const catalogueByReferenceOutput = z.object({
  programme: z.object({ ...programmePublicShape, status: catalogueStatusOut, placesLeft: z.number().nullable() }),
  lead: namedInstitutionOut,
  coLeads: z.array(namedInstitutionOut),
  hub: countryOut.nullable(),
  spillovers: z.array(countryOut),
  sectors: z.array(z.object({ code: z.string(), name: z.string(), dacCode: z.string().nullable() })),
  mechanism: z.object({ code: z.string(), name: z.string() }).nullable(),
  participants: z.array(namedInstitutionOut),
  applications: z.object({ open: z.boolean(), closedBecause: z.enum(["notOpen", "deadlinePassed", "full"]).nullable() }),
  /** For a visitor: { signedIn: false, applicantInstitutions: [] }; a member sees the institutions it may apply for. */
  viewer: z.object({ signedIn: z.boolean(), applicantInstitutions: z.array(z.object({ id: z.string(), name: z.string() })) }),
});
