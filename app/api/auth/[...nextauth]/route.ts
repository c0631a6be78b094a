import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type RouteHandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth v4 types its App Router handler as `any`; this is the shape it actually has.
const handler = NextAuth(authOptions()) as RouteHandler;

export { handler as GET, handler as POST };
