import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { guardWrites } from "@/server/http/guard-writes";

type RouteContext = { params: Promise<{ nextauth: string[] }> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<Response>;

// next-auth v4 types its App Router handler as `any`; this is the shape it actually has.
const handler = NextAuth(authOptions()) as RouteHandler;

// Sign-in, sign-out and the other POST endpoints: same origin and at most 1 MB.
const guarded = guardWrites(handler);

export { guarded as GET, guarded as POST };
