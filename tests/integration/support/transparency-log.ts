// The public log as a reader on the Internet sees it: every request goes to the real route
// handler (app/api/open/log/…, app/.well-known/…) with a real Request object.
import { createServer } from "node:http";
import { eq } from "drizzle-orm";
import { runAtomic, type Database } from "../../../db/client";
import { agreementSignatures, institutions } from "../../../db/schema";
import { GET as key } from "../../../app/.well-known/southbridge-log-key/route";
import { GET as entries } from "../../../app/api/open/log/entries/route";
import { GET as head } from "../../../app/api/open/log/head/route";
import { GET as consistency } from "../../../app/api/open/log/proof/consistency/route";
import { GET as inclusion } from "../../../app/api/open/log/proof/inclusion/route";
import { appendLeafStep } from "../../../server/transparency-log/append-leaf";
import { agreementSignatureLeaf, type Leaf } from "../../../server/transparency-log/leaves.mjs";
import { agreementWorld, insertAgreement } from "../../factories/agreements";

export const LOG_ORIGIN = "http://southbridge.test";

const ROUTES: Record<string, (request: Request) => Promise<Response>> = {
  "/api/open/log/head": () => head(),
  "/api/open/log/proof/inclusion": inclusion,
  "/api/open/log/proof/consistency": consistency,
  "/api/open/log/entries": entries,
  "/.well-known/southbridge-log-key": () => key(),
};

/** A fetch that answers from the route handlers (404 for any other path), counting the requests. */
export function routeFetch() {
  const requested: string[] = [];
  const fetchLike = async (input: string | URL | Request): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input);
    const route = ROUTES[new URL(request.url).pathname];
    requested.push(new URL(request.url).pathname + new URL(request.url).search);
    return route ? route(request) : new Response("not found", { status: 404 });
  };
  return { fetch: fetchLike, requested };
}

/** The log's route handlers behind a real HTTP server on a free local port, for the command-line verifier to fetch from. */
export async function serveLogRoutes() {
  const { fetch } = routeFetch();
  const server = createServer((req, res) => {
    void fetch(`http://${req.headers.host}${req.url}`).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** GET a path of the public log through its route handler; the status, headers and parsed JSON body. */
export async function getLog<Body = Record<string, unknown>>(path: string) {
  const response = await routeFetch().fetch(`${LOG_ORIGIN}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/** Appends leaves, as the use cases will, one atomic write each, in order. */
export async function appendLeaves(db: Database, leaves: Leaf[]) {
  for (const leaf of leaves) await runAtomic(db, [appendLeafStep(leaf)]);
}

/**
 * An agreement in force (inserted with its parties' signatures), and the leaves sign-agreement
 * appends for those signatures — as it will once wired — appended to the log.
 */
export async function loggedAgreement(db: Database) {
  const world = await agreementWorld(db);
  const agreement = await insertAgreement(world, { status: "in_force" });
  const signatures = await db
    .select({ s: agreementSignatures, name: institutions.name })
    .from(agreementSignatures)
    .innerJoin(institutions, eq(institutions.id, agreementSignatures.institutionId))
    .where(eq(agreementSignatures.agreementId, agreement.id));
  const leaves = signatures.map(({ s, name }) =>
    agreementSignatureLeaf({
      agreementReference: agreement.reference,
      agreementVersion: agreement.versionNumber,
      signingRound: s.signingRound,
      contentSha256: s.contentHash,
      partyInstitutionId: s.institutionId,
      partyInstitutionName: name,
      signedAt: s.signedAt,
    }),
  );
  await appendLeaves(db, leaves);
  return { world, agreement, leaves };
}
