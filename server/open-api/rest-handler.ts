// Answers GET /api/v1/…: finds the route, turns the path and query string into the procedure's
// input (query values are strings: a parameter the input declares a number or integer is read as
// one, nothing else is coerced; the procedure's own schema validates the rest), calls the real
// procedure in-process and answers its output, or the error as JSON with the HTTP status tRPC
// would give it. No business rule here.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { isDomainError } from "../errors";
import { logUnexpected } from "../unexpected-errors";
import type { TRPCContext } from "../trpc/context";
import { createCaller } from "../trpc/root";
import { inputProperties } from "./procedure-schemas";
import { matchRestRoute, type RestRoute } from "./rest-routes";

const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*", ...headers } });
}

export function errorResponse(status: number, code: string, message: string, domainCode: string | null = null, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: { code, domainCode, message } }, status, headers);
}

/** The procedure's input from the path parameters and the query string. */
export function restInput(route: RestRoute, params: Record<string, string>, query: URLSearchParams): Record<string, unknown> {
  const { properties } = inputProperties(route.procedure);
  const input: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) {
    const raw = route.pathParams.includes(name) ? params[name] : (query.get(name) ?? undefined);
    if (raw === undefined) continue;
    const numeric = schema.type === "integer" || schema.type === "number";
    input[name] = numeric && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return input;
}

type Call = (input: unknown) => Promise<unknown>;

function procedureOf(ctx: TRPCContext, path: string): Call {
  const [namespace, name] = path.split(".") as [string, string];
  const caller = createCaller(ctx) as unknown as Record<string, Record<string, Call>>;
  return caller[namespace]![name]!;
}

/** The error as the REST client sees it: the HTTP status tRPC gives the code, with Retry-After when throttled. */
export function errorAnswer(error: unknown, where: string): Response {
  if (!(error instanceof TRPCError)) {
    const requestId = logUnexpected(error, where);
    return errorResponse(500, "INTERNAL_SERVER_ERROR", `Unexpected error (request ${requestId})`);
  }
  const domain = isDomainError(error.cause) ? error.cause : null;
  const retry = domain?.code === "RATE_LIMITED" ? { "Retry-After": String(domain.details.retryAfterSeconds) } : undefined;
  const message = error.code === "BAD_REQUEST" && !domain ? "Invalid parameters" : error.message;
  return errorResponse(getHTTPStatusCodeFromError(error), error.code, message, domain?.code ?? null, retry);
}

export async function answerRest(ctx: TRPCContext, method: string, subpath: string, query: URLSearchParams): Promise<Response> {
  const matched = matchRestRoute(method, subpath);
  if (!matched) return errorResponse(404, "NOT_FOUND", "No such route: see /api/openapi.json");
  const { route, params } = matched;
  try {
    const output = await procedureOf(ctx, route.procedure)(restInput(route, params, query));
    return jsonResponse(output);
  } catch (error) {
    return errorAnswer(error, `REST ${route.method.toUpperCase()} ${route.path}`);
  }
}
