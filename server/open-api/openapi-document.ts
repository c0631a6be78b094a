// The OpenAPI 3.1 document of /api/v1, generated from the routes (rest-routes.ts) and the zod
// schemas of the procedures behind them (procedure-schemas.ts). Served at /api/openapi.json.
import { REST_BASE, REST_ROUTES, type RestRoute } from "./rest-routes";
import { inputProperties, jsonSchemaOf, outputSchemaOf, type JsonSchema } from "./procedure-schemas";
import { API_TOKEN_PREFIX } from "../api-tokens/token-format";

export const API_VERSION = "1.0.0";

/** The error body every /api/v1 refusal has (rest-handler.ts). */
const errorSchema: JsonSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string", description: "Transport code, e.g. NOT_FOUND, BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS." },
        domainCode: { type: ["string", "null"], description: "The platform's own error code, when there is one (server/errors.ts)." },
        message: { type: "string" },
      },
      required: ["code", "domainCode", "message"],
    },
  },
  required: ["error"],
};

const refusal = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

function parameters(route: RestRoute) {
  const { properties, required } = inputProperties(route.procedure);
  return Object.entries(properties).map(([name, schema]) => {
    const inPath = route.pathParams.includes(name);
    return { name, in: inPath ? "path" : "query", required: inPath || required.includes(name), schema };
  });
}

function operation(route: RestRoute) {
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: parameters(route),
    security: [{}, { bearerToken: [] }],
    responses: {
      "200": { description: "The answer, as the tRPC procedure `" + route.procedure + "` gives it.", content: { "application/json": { schema: jsonSchemaOf(outputSchemaOf(route.procedure), "output") } } },
      "400": refusal("A parameter is malformed."),
      "401": refusal("The bearer token is unknown, revoked or expired."),
      "404": refusal("Nothing there, or nothing this caller may know of."),
      "429": refusal("Too many calls: try again after the Retry-After header's seconds."),
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of REST_ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Southbridge open API",
      version: API_VERSION,
      description:
        "Read-only REST access to Southbridge's public data: the programme catalogue, the institution directory and the published transparency reports. " +
        "Every answer is the same as the web application's own (same output contracts). Anonymous calls see public data; a personal API token " +
        `(\`Authorization: Bearer ${API_TOKEN_PREFIX}…\`, created in account settings) lets its holder read their own institution's private data too.`,
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}${REST_BASE}` }],
    tags: [
      { name: "programmes", description: "The public programme catalogue." },
      { name: "institutions", description: "The directory of verified institutions." },
      { name: "reports", description: "Published transparency reports." },
    ],
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (scope `read` or `institution:write`)." } },
    },
  };
}
