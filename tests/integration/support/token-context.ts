// The real router called in-process with a token's viewer.
import type { Database } from "../../../db/client";
import type { SignedInViewer } from "../../../server/authz/viewer";
import { createCaller } from "../../../server/trpc/root";
import { TEST_META } from "./personas";

export function createTRPCContextFor(db: Database, viewer: SignedInViewer) {
  return createCaller({ db, viewer, meta: TEST_META, apiToken: { refused: false, verdict: { limited: false } } });
}
