// Responses of the open-data route handlers: JSON as it is served, and the one answer to a
// failure — 500 with only a request id, the details in the server log — so a driver error
// never reaches an outsider.
import { logUnexpected } from "../unexpected-errors";

/** CORS-open, cacheable for `maxAge` seconds. */
export const openHeaders = (contentType: string, maxAge = 300) => ({
  "Content-Type": contentType,
  "Cache-Control": `public, max-age=${maxAge}`,
  "Access-Control-Allow-Origin": "*",
});

export const jsonBody = (body: unknown) => JSON.stringify(body, null, 2);

/** Runs a route handler; anything it throws is logged under a request id and answered with that id only. */
export function openDataRoute<A extends unknown[]>(name: string, handler: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const requestId = logUnexpected(error, name);
      return new Response(jsonBody({ error: "internal", requestId }), { status: 500, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
    }
  };
}
