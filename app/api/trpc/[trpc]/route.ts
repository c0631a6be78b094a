import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { guardWrites } from "@/server/http/guard-writes";
import { MAX_BATCH_CALLS } from "@/server/http/limits.mjs";
import { createTRPCContext } from "@/server/trpc/context";
import { requestIdOf } from "@/server/trpc/error-map";
import { trpcResponseMeta } from "@/server/trpc/response-meta";
import { appRouter } from "@/server/trpc/root";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // A longer batch is refused with 400 before any of its calls runs.
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: ({ info }) => createTRPCContext({ headers: req.headers, mutations: info.type === "mutation" ? info.calls.length : 0 }),
    responseMeta: trpcResponseMeta,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") requestIdOf(error, path); // logs the details once, under the request id
    },
  });

// Queries are GET; every POST is a mutation: same origin (or a personal API token and no cookie),
// JSON only, at most 1 MB.
const guarded = guardWrites(handler, { mediaType: "application/json", bearerSkipsOrigin: true });

export { guarded as GET, guarded as POST };
