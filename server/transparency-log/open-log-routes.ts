// The route handlers of /api/open/log/** (app/api/open/log/**/route.ts names them): the process's
// database handle given to the answers of open-log-api.ts, so no route imports db/client.
import { getDb } from "@/db/client";
import { consistencyProofResponse, entriesResponse, inclusionProofResponse, logHeadResponse } from "./open-log-api";

export const logHeadRoute = () => logHeadResponse(getDb().db);
export const logEntriesRoute = (request: Request) => entriesResponse(getDb().db, request);
export const consistencyProofRoute = (request: Request) => consistencyProofResponse(getDb().db, request);
export const inclusionProofRoute = (request: Request) => inclusionProofResponse(getDb().db, request);
