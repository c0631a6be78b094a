// The JSON Schema (draft 2020-12) of /api/open/reports/<slug>.json, served at
// /api/open/reports.schema.json. A change to the report JSON changes this too.
const cell = {
  description: 'A count, or "<N" when it is below the report\'s suppression threshold N.',
  oneOf: [{ type: "integer", minimum: 0 }, { type: "string", pattern: "^<[0-9]+$" }],
};
const bucketList = {
  type: "array",
  items: {
    type: "object",
    required: ["key", "count"],
    additionalProperties: false,
    properties: { key: { type: "string", description: "A code: status, working area, ISO 3166-1 alpha-2 country, sector or mechanism code, M49 region; \"none\" when not given." }, name: { type: "string", description: "English reference name of the code, where one exists." }, count: { $ref: "#/$defs/cell" } },
  },
};
const budgetList = {
  type: "array",
  items: {
    type: "object",
    required: ["key", "currency", "amount", "programmes"],
    additionalProperties: false,
    properties: {
      key: { type: "string" },
      currency: { type: "string", description: "ISO 4217 code; amounts in different currencies are never added up." },
      amount: { type: ["number", "null"], description: "Null when withheld (fewer programmes than the threshold contribute, or to protect another withheld amount)." },
      programmes: { $ref: "#/$defs/cell" },
    },
  },
};
const obj = (properties: Record<string, unknown>) => ({ type: "object", required: Object.keys(properties), additionalProperties: false, properties });
const nullableNumber = { type: ["number", "null"] };

export const REPORT_JSON_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "/api/open/reports.schema.json",
  title: "Southbridge transparency report",
  description: "A published transparency report of the Southbridge platform with its figures as frozen at publication, small counts suppressed. See `methodology` for definitions.",
  $defs: { cell, buckets: bucketList, budgets: budgetList },
  ...obj({
    $schema: { type: "string", format: "uri" },
    slug: { type: "string", pattern: "^[0-9a-z-]+$" },
    title: { type: "string" },
    periodKind: { enum: ["quarter", "year", "custom"] },
    periodStart: { type: "string", format: "date" },
    periodEnd: { type: "string", format: "date" },
    publishedAt: { type: "string", format: "date-time" },
    suppressionThreshold: { type: "integer", minimum: 1 },
    licence: { type: "string" },
    supersedes: { type: ["string", "null"], description: "Slug of the report this one corrects." },
    supersededBy: { type: ["string", "null"], description: "Slug of the published report that corrects this one." },
    links: obj({ json: { type: "string", format: "uri" }, csv: { type: "string", format: "uri" } }),
    narrative: { type: "string", description: "Markdown." },
    methodology: { type: "string", description: "Markdown." },
    auditHead: {
      description: "The head of the platform's tamper-evident audit chain just after this report was published (null for reports published before it was recorded): pin it to detect a rewritten audit history.",
      oneOf: [{ type: "null" }, obj({ hash: { type: "string", pattern: "^[0-9a-f]{64}$" }, entries: { type: "integer", minimum: 0 } })],
    },
    transparencyLog: {
      ...obj({ leafHash: { type: "string", pattern: "^[0-9a-f]{64}$" }, figuresSha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }),
      description: "This report's leaf in the public transparency log (RFC 9162 leaf hash) and the SHA-256 of the canonical JSON of `figures`; check with `npx southbridge-verify` (docs/TRANSPARENCY-LOG.md).",
    },
    figures: obj({
      formatVersion: { const: 1 },
      period: obj({ start: { type: "string", format: "date" }, end: { type: "string", format: "date" } }),
      computedAt: { type: "string", format: "date-time" },
      threshold: { type: "integer", minimum: 1 },
      programmes: obj({
        total: { $ref: "#/$defs/cell" },
        byStatus: { $ref: "#/$defs/buckets" },
        approvedTotal: { $ref: "#/$defs/cell" },
        byWorkingArea: { $ref: "#/$defs/buckets" },
        bySector: { $ref: "#/$defs/buckets" },
        byMechanism: { $ref: "#/$defs/buckets" },
        byRegion: { $ref: "#/$defs/buckets" },
        byHubCountry: { $ref: "#/$defs/buckets" },
      }),
      institutions: obj({ total: { $ref: "#/$defs/cell" }, byCountry: { $ref: "#/$defs/buckets" }, byType: { $ref: "#/$defs/buckets" } }),
      participation: obj({ applicationsTotal: { $ref: "#/$defs/cell" }, applicationsByStatus: { $ref: "#/$defs/buckets" }, institutionsParticipating: { $ref: "#/$defs/cell" } }),
      decisions: obj({
        total: { $ref: "#/$defs/cell" },
        byOutcome: { $ref: "#/$defs/buckets" },
        approvalRate: { ...nullableNumber, description: "Approvals ÷ (approvals + rejections), 0 to 1; null when there is no final decision or when withheld." },
        approvalRateDenominator: { $ref: "#/$defs/cell" },
        medianDaysToDecision: { ...nullableNumber, description: "Days from submission of the revision decided to the decision; null when none or withheld." },
        medianN: { $ref: "#/$defs/cell" },
      }),
      reviews: obj({ recusals: { $ref: "#/$defs/cell" } }),
      agreements: obj({
        inForce: { $ref: "#/$defs/cell" },
        flows: {
          type: "array",
          items: obj({ from: { type: "string", pattern: "^[A-Z]{2}$" }, to: { type: "string", pattern: "^[A-Z]{2}$" }, count: { $ref: "#/$defs/cell" } }),
        },
      }),
      budgets: obj({ byWorkingArea: { $ref: "#/$defs/budgets" }, bySide: { $ref: "#/$defs/budgets" } }),
    }),
  }),
} as const;
