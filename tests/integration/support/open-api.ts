// The open API as a client on the Internet sees it: requests through the real route handlers
// (app/api/v1/[...path], app/api/openapi.json) in Next's request scope, real database.
import * as v1Route from "../../../app/api/v1/[...path]/route";
import * as documentRoute from "../../../app/api/openapi.json/route";
import { appOrigin, callRoute } from "./route-handler";

/** GET a path under /api/v1 (with its query string), optionally with a bearer token. */
export async function getV1(pathAndQuery: string, token?: string): Promise<Response> {
  const url = new URL(`${appOrigin()}/api/v1${pathAndQuery}`);
  const path = url.pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return callRoute(v1Route, { page: "/api/v1/[...path]/route", params: { path } }, new Request(url, { headers }));
}

export async function getOpenApiDocument(): Promise<Record<string, unknown>> {
  const response = await callRoute(documentRoute, { page: "/api/openapi.json/route" }, new Request(`${appOrigin()}/api/openapi.json`));
  if (response.status !== 200) throw new Error(`openapi.json answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
