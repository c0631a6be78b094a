// The REST routes of the open API (/api/v1/…): each one IS a tRPC procedure of the real router,
// named here with its path and where its input comes from. The input and output schemas are not
// written here: the document (openapi-document.ts) reads them from the procedure itself, and the
// handler (rest-handler.ts) calls the procedure, so the REST answer passes the same output
// contract (server/trpc/outputs/) as the tRPC one.

/** Who may call a route: anyone (a token only widens what the answer shows), or a token-bearing caller. */
export type RestAccess = "public";

export type RestRoute = {
  method: "get";
  /** OpenAPI path template under the server URL, e.g. "/programmes/{reference}". */
  path: string;
  /** The procedure answering it, e.g. "catalogue.byReference". */
  procedure: string;
  /** Input keys taken from the path; every other input key is a query parameter. */
  pathParams: readonly string[];
  operationId: string;
  summary: string;
  tag: "programmes" | "institutions" | "reports";
  access: RestAccess;
};

export const REST_BASE = "/api/v1";

export const REST_ROUTES: readonly RestRoute[] = [
  {
    method: "get",
    path: "/programmes",
    procedure: "catalogue.search",
    pathParams: [],
    operationId: "searchProgrammes",
    summary: "Search the public programme catalogue (open, active and completed programmes), 20 a page.",
    tag: "programmes",
    access: "public",
  },
  {
    method: "get",
    path: "/programmes/{reference}",
    procedure: "catalogue.byReference",
    pathParams: ["reference"],
    operationId: "getProgrammeByReference",
    summary: "One published programme by its reference (e.g. PRG-2026-0042), with its lead, co-leads, countries and participants.",
    tag: "programmes",
    access: "public",
  },
  {
    method: "get",
    path: "/programmes/by-id/{programmeId}",
    procedure: "programmes.byId",
    pathParams: ["programmeId"],
    operationId: "getProgrammeById",
    summary: "One programme by id. Anyone sees a published programme; a token of one of its parties also sees its revisions, decisions and history.",
    tag: "programmes",
    access: "public",
  },
  {
    method: "get",
    path: "/institutions",
    procedure: "institutions.directory",
    pathParams: [],
    operationId: "listInstitutions",
    summary: "The directory of verified institutions, paginated.",
    tag: "institutions",
    access: "public",
  },
  {
    method: "get",
    path: "/institutions/{institutionId}",
    procedure: "institutions.byId",
    pathParams: ["institutionId"],
    operationId: "getInstitution",
    summary: "One institution. Anyone sees a verified institution's public fields; a token of its member also sees its private fields.",
    tag: "institutions",
    access: "public",
  },
  {
    method: "get",
    path: "/reports",
    procedure: "reports.published",
    pathParams: [],
    operationId: "listReports",
    summary: "Published transparency reports, newest first, paginated.",
    tag: "reports",
    access: "public",
  },
  {
    method: "get",
    path: "/reports/{slug}",
    procedure: "reports.bySlug",
    pathParams: ["slug"],
    operationId: "getReport",
    summary: "One published transparency report with its (suppressed) figures.",
    tag: "reports",
    access: "public",
  },
];

/** The route whose template matches a path below REST_BASE, with its path parameters. */
export function matchRestRoute(method: string, subpath: string): { route: RestRoute; params: Record<string, string> } | null {
  const segments = subpath.split("/").filter(Boolean);
  for (const route of REST_ROUTES) {
    if (route.method !== method.toLowerCase()) continue;
    const template = route.path.split("/").filter(Boolean);
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, i) => {
      const segment = segments[i]!;
      if (part.startsWith("{") && part.endsWith("}")) {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return null;
}
