// What a visitor may read, field by field: the leaf paths ("a.b[].c") each public procedure and
// each open-data file may hold. Reviewed by hand; a field added to an output contract fails
// tests/integration/output-contracts.integration-test.ts until it is added here too. No entry
// may name a user id, an email or an audit detail — except the two account answers that echo
// the caller's OWN address back after it proved it with the emailed token (OWN_ADDRESS_ECHO).

/** The public figures of a report, the same in bySlug and in the report's JSON file. */
const FIGURES = [
  "formatVersion", "period.start", "period.end", "computedAt", "threshold", "programmes.total", "programmes.byStatus[].key",
  "programmes.byStatus[].name", "programmes.byStatus[].count", "programmes.approvedTotal", "programmes.byWorkingArea[].key",
  "programmes.byWorkingArea[].name", "programmes.byWorkingArea[].count", "programmes.bySector[].key", "programmes.bySector[].name",
  "programmes.bySector[].count", "programmes.byMechanism[].key", "programmes.byMechanism[].name", "programmes.byMechanism[].count",
  "programmes.byRegion[].key", "programmes.byRegion[].name", "programmes.byRegion[].count", "programmes.byHubCountry[].key",
  "programmes.byHubCountry[].name", "programmes.byHubCountry[].count", "institutions.total", "institutions.byCountry[].key",
  "institutions.byCountry[].name", "institutions.byCountry[].count", "institutions.byType[].key", "institutions.byType[].name",
  "institutions.byType[].count", "participation.applicationsTotal", "participation.applicationsByStatus[].key",
  "participation.applicationsByStatus[].name", "participation.applicationsByStatus[].count", "participation.institutionsParticipating",
  "decisions.total", "decisions.byOutcome[].key", "decisions.byOutcome[].name", "decisions.byOutcome[].count", "decisions.approvalRate",
  "decisions.approvalRateDenominator", "decisions.medianDaysToDecision", "decisions.medianN", "reviews.recusals", "agreements.inForce",
  "agreements.flows[].from", "agreements.flows[].to", "agreements.flows[].count", "budgets.byWorkingArea[].key", "budgets.byWorkingArea[].currency",
  "budgets.byWorkingArea[].amount", "budgets.byWorkingArea[].programmes", "budgets.bySide[].key", "budgets.bySide[].currency",
  "budgets.bySide[].amount", "budgets.bySide[].programmes",
].map((p) => `figures.${p}`);

/** The columns of a programme in the open data (CSV columns; JSON fields of `programmes[]`). */
const PROGRAMME_COLUMNS = [
  "reference", "title", "summary", "status", "working_area", "format", "is_flagship", "lead_institution_id", "lead_institution_name",
  "lead_country_code", "co_lead_institution_ids[]", "co_lead_institution_names[]", "hub_country_code", "hub_region", "spillover_country_codes[]",
  "sectors[]", "mechanism_code", "languages[]", "start_date", "end_date", "application_deadline", "capacity", "accepted_institutions",
  "budget_amount", "budget_currency", "outcome_targets[]", "published_at", "started_at", "closed_at",
];

export const PUBLIC_ALLOW_LISTS: Record<string, readonly string[]> = {
  "programmes.byId": [
    "programme.id", "programme.reference", "programme.leadInstitutionId", "programme.status", "programme.title", "programme.summary",
    "programme.description", "programme.workingArea", "programme.format", "programme.sectors[]", "programme.mechanismCode",
    "programme.coLeadInstitutionIds[]", "programme.hubCountry", "programme.spilloverCountries[]", "programme.startDate", "programme.endDate",
    "programme.applicationDeadline", "programme.budgetAmount", "programme.budgetCurrency", "programme.fundingSources[].name",
    "programme.fundingSources[].side", "programme.fundingSources[].amount", "programme.capacity", "programme.languages[]",
    "programme.outcomes[].metric", "programme.outcomes[].target", "programme.outcomes[].description", "programme.involvesDataSharing",
    "programme.isFlagship", "programme.currentRevision", "programme.submittedAt", "programme.decidedAt", "programme.acceptedCount",
    "programme.publishedAt", "programme.startedAt", "programme.closedAt", "programme.outcomeReport.results[].metric",
    "programme.outcomeReport.results[].target", "programme.outcomeReport.results[].description", "programme.outcomeReport.results[].achieved",
    "programme.outcomeReport.narrative", "programme.cancellationReason", "programme.version", "programme.createdAt", "programme.updatedAt",
    "leadName", "leadCountry", "coLeads[].id", "coLeads[].name", "coLeads[].countryCode", "coLeads[].status", "canSeePrivate",
    "revisions", "decisions", "timeline", "feedback", "can.edit", "can.submit", "can.withdraw", "can.review", "can.decide", "can.assign",
  ],
  "catalogue.search": [
    "items[].reference", "items[].title", "items[].summary", "items[].status", "items[].workingArea", "items[].format", "items[].isFlagship",
    "items[].leadName", "items[].leadCountry", "items[].hubCountry", "items[].spilloverCountries[]", "items[].sectors[]", "items[].mechanismCode",
    "items[].languages[]", "items[].applicationDeadline", "items[].capacity", "items[].acceptedCount", "items[].startDate", "items[].endDate",
    "total", "page", "pageSize",
  ],
  "catalogue.byReference": [
    "programme.id", "programme.reference", "programme.title", "programme.summary", "programme.description", "programme.status",
    "programme.workingArea", "programme.format", "programme.isFlagship", "programme.hubCountry", "programme.spilloverCountries[]",
    "programme.sectors[]", "programme.languages[]", "programme.startDate", "programme.endDate", "programme.applicationDeadline",
    "programme.budgetAmount", "programme.budgetCurrency", "programme.fundingSources[].name", "programme.fundingSources[].side",
    "programme.fundingSources[].amount", "programme.capacity", "programme.acceptedCount", "programme.outcomes[].metric",
    "programme.outcomes[].target", "programme.outcomes[].description", "programme.outcomeReport.results[].metric",
    "programme.outcomeReport.results[].target", "programme.outcomeReport.results[].description", "programme.outcomeReport.results[].achieved",
    "programme.outcomeReport.narrative", "programme.involvesDataSharing", "programme.publishedAt", "programme.startedAt", "programme.closedAt",
    "programme.placesLeft", "lead.id", "lead.name", "lead.countryCode", "coLeads[].id", "coLeads[].name", "coLeads[].countryCode", "hub.code",
    "hub.name", "hub.region", "hub.subregion", "spillovers[].code", "spillovers[].name", "spillovers[].region", "spillovers[].subregion",
    "sectors[].code", "sectors[].name", "sectors[].dacCode", "mechanism.code", "mechanism.name", "participants[].id", "participants[].name",
    "participants[].countryCode", "applications.open", "applications.closedBecause", "viewer.signedIn", "viewer.applicantInstitutions[].id",
    "viewer.applicantInstitutions[].name",
  ],
  "institutions.directory": [
    "items[].id", "items[].name", "items[].acronym", "items[].countryCode", "items[].region", "items[].type", "items[].website", "total", "pageSize",
  ],
  "institutions.byId": [
    "id", "name", "acronym", "countryCode", "region", "subregion", "type", "website", "description", "rorId", "status", "verifiedSince", "private",
  ],
  "reference.countries": [
    "[].code", "[].name", "[].region", "[].subregion", "[].g77",
  ],
  "reference.sectors": [
    "[].code", "[].name", "[].dacCode",
  ],
  "reference.mechanisms": [
    "[].code", "[].name", "[].kind",
  ],
  // Discussions a visitor may read: the public questions of a programme (never a user id: the
  // mentionable people are given to writers of non-public threads, by opaque handle).
  "discussions.list": [
    "audience", "closed", "canStart", "mentionable[].handle", "mentionable[].person.kind", "mentionable[].person.number", "mentionable[].person.name", "mentionable[].text.kind", "mentionable[].text.number", "mentionable[].text.name", "threads[].id", "threads[].subject", "threads[].clause", "threads[].messageCount", "threads[].lastMessageAt", "page", "pageSize", "total",
  ],
  "discussions.thread": [
    "thread.id", "thread.subject", "thread.audience", "thread.clause", "thread.agreementId", "thread.programme.id", "thread.programme.reference", "thread.programme.title", "closed", "canWrite", "canModerate", "following", "messages[].id", "messages[].parentId", "messages[].author.kind", "messages[].author.number", "messages[].author.name", "messages[].author.institution", "messages[].body", "messages[].mentions[].kind", "messages[].mentions[].number", "messages[].mentions[].name", "messages[].hiddenReason", "messages[].createdAt", "messages[].edited", "messages[].version", "messages[].mine", "messages[].editableUntil", "mentionable[].handle", "mentionable[].person.kind", "mentionable[].person.number", "mentionable[].person.name", "mentionable[].text.kind", "mentionable[].text.number", "mentionable[].text.name", "page", "pageSize", "total",
  ],
  "discussions.publicQuestions": [
    "closed", "canAsk", "questions[].id", "questions[].subject", "questions[].lastMessageAt", "questions[].messages[].id", "questions[].messages[].parentId", "questions[].messages[].author.kind", "questions[].messages[].author.number", "questions[].messages[].author.name", "questions[].messages[].author.institution", "questions[].messages[].body", "questions[].messages[].mentions[].kind", "questions[].messages[].mentions[].number", "questions[].messages[].mentions[].name", "questions[].messages[].hiddenReason", "questions[].messages[].createdAt", "questions[].messages[].edited", "questions[].messages[].version", "questions[].messages[].mine", "questions[].messages[].editableUntil", "page", "pageSize", "total",
  ],
  "reports.published": [
    "items[].slug", "items[].title", "items[].periodKind", "items[].periodStart", "items[].periodEnd", "items[].publishedAt",
    "items[].supersedesSlug", "items[].supersededBySlug", "total", "page", "pageSize",
  ],
  "reports.bySlug": [
    "report.slug", "report.title", "report.periodKind", "report.periodStart", "report.periodEnd", "report.narrative", "report.methodology",
    "report.suppressionThreshold", "report.publishedAt", "supersedes.slug", "supersedes.title", "supersededBy.slug", "supersededBy.title",
    "auditHead.hash", "auditHead.entries", "transparencyLog.leafHash", "transparencyLog.figuresSha256",
    ...FIGURES,
  ],
  "account.signUp": [
    "ok",
  ],
  "account.requestPasswordReset": [
    "sent",
  ],
  "account.resendVerification": [
    "sent",
  ],
  "account.verifyEmail": [
    "email",
  ],
  "account.resetPassword": [
    "email",
  ],
  "account.confirmEmailChange": [
    "email",
  ],
  "/api/open/institutions.json": [
    "generatedAt", "count", "licence", "institutions[].id", "institutions[].name", "institutions[].acronym", "institutions[].country_code",
    "institutions[].country_name", "institutions[].region", "institutions[].subregion", "institutions[].type", "institutions[].website",
    "institutions[].ror_id", "institutions[].verified_since",
  ],
  "/api/open/institutions.csv": [
    "id", "name", "acronym", "country_code", "country_name", "region", "subregion", "type", "website", "ror_id", "verified_since",
  ],
  "/api/open/programmes.json": ["generatedAt", "count", "licence", "limit", "next", "fields.*", ...PROGRAMME_COLUMNS.map((c) => `programmes[].${c}`)],
  "/api/open/programmes.csv": PROGRAMME_COLUMNS,
  "/api/open/dumps/programmes.json": ["generatedAt", "count", "licence", "fields.*", ...PROGRAMME_COLUMNS.map((c) => `programmes[].${c}`)],
  "/api/open/dumps/programmes.csv": PROGRAMME_COLUMNS,
  "/api/open/reports.json": [
    "generatedAt", "count", "licence", "schema", "reports[].slug", "reports[].title", "reports[].periodKind", "reports[].periodStart",
    "reports[].periodEnd", "reports[].publishedAt", "reports[].supersedes", "reports[].supersededBy", "reports[].json", "reports[].csv",
  ],
  "/api/open/reports/<slug>.json": [
    "$schema", "slug", "title", "periodKind", "periodStart", "periodEnd", "publishedAt", "suppressionThreshold", "licence", "supersedes",
    "supersededBy", "links.json", "links.csv", "narrative", "methodology", "auditHead.hash", "auditHead.entries",
    "transparencyLog.leafHash", "transparencyLog.figuresSha256",
    ...FIGURES,
  ],
  "/api/open/audit-head.json": ["entryId", "entries", "hash", "occurredAt", "generatedAt"],
  "/api/open/iati-activities.xml": [
    "[].reference", "[].status", "[].title", "[].summary", "[].lead.name", "[].lead.type", "[].coLeads[].name", "[].coLeads[].type",
    "[].participants[].name", "[].participants[].type", "[].fundingSources[].name", "[].fundingSources[].side", "[].fundingSources[].amount",
    "[].hubCountry", "[].spilloverCountries[]", "[].sectors[].code", "[].sectors[].dacCode", "[].startDate", "[].endDate", "[].startedAt",
    "[].closedAt", "[].decidedAt", "[].budgetAmount", "[].budgetCurrency", "[].outcomes[].metric", "[].outcomes[].target",
    "[].outcomes[].description", "[].outcomeReport.results[].metric", "[].outcomeReport.results[].target", "[].outcomeReport.results[].description",
    "[].outcomeReport.results[].achieved", "[].outcomeReport.narrative", "[].updatedAt",
  ],
};

/** Procedures that answer with the address of the account whose emailed token the caller holds. */
export const OWN_ADDRESS_ECHO = ["account.verifyEmail", "account.resetPassword", "account.confirmEmailChange"] as const;

/**
 * Fingerprints published on purpose (their keys end in "hash", which otherwise marks a secret):
 * the audit chain's head, so outsiders can pin it, and transparency-log leaf hashes, which the
 * verifier rebuilds. Paths as privateFacts() writes them.
 */
export const PUBLIC_HASHES: Record<string, readonly string[]> = {
  "reports.bySlug": [".auditHead.hash", ".transparencyLog.leafHash"],
  "/api/open/reports/<slug>.json": [".auditHead.hash", ".transparencyLog.leafHash"],
  "/api/open/audit-head.json": [".hash"],
};
