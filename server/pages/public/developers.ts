// /{locale}/developers — the open API's reference page: its routes (from the same registry the
// REST handler and the OpenAPI document use) and the webhook events. Public, reads no data.
import { WEBHOOK_EVENTS } from "@/db/schema/open-api";
import { REST_BASE, REST_ROUTES } from "../../open-api/rest-routes";
import { pageRead } from "../page-read";

export const developersPage = pageRead("developersPage", () =>
  Promise.resolve({
    base: REST_BASE,
    documentPath: "/api/openapi.json",
    routes: REST_ROUTES.map((r) => ({ method: r.method.toUpperCase(), path: `${REST_BASE}${r.path}`, operationId: r.operationId })),
    webhookEvents: [...WEBHOOK_EVENTS],
  }),
);
