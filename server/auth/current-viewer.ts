import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Viewer } from "../authz/viewer";
import type { RequestMeta } from "../context";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { loadViewer } from "./load-viewer";
import { authOptions } from "./options";

/** The session of the current request (decoded from its cookie, no database), read once per request. */
const currentSession = cache(() => getServerSession(authOptions()));

/** The user and session version the session claims (not yet checked against the database: see currentViewer). */
export async function currentSessionClaim(): Promise<{ userId: string; sessionVersion: number } | null> {
  const user = (await currentSession())?.user;
  return user?.id ? { userId: user.id, sessionVersion: user.sv } : null;
}

/** The viewer of the current request (Server Components, route handlers, tRPC), read once per request. */
export const currentViewer = cache(async (): Promise<Viewer> => {
  const session = await currentSession();
  if (!session?.user?.id) return null;
  return loadViewer(getDb().db, session.user.id, session.user.sv);
});

/** Facts about the current request; the client address only as the trusted proxy reports it (TRUSTED_PROXY). */
export async function requestMeta(locale = "en"): Promise<RequestMeta> {
  const h = await headers();
  return {
    ip: clientAddress(h, env().TRUSTED_PROXY),
    userAgent: h.get("user-agent"),
    locale,
  };
}
