// next-auth v4: email + password (Credentials) with JWT sessions that carry only the user id
// and the session version. Everything else is re-read from the database on each request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "../accounts/authenticate";
import { signInInput } from "../accounts/schemas";
import { env } from "../env";
import { clientAddress } from "../http/client-address";

declare module "next-auth" {
  interface Session {
    user: { id: string; sv: number };
  }
  interface User {
    id: string;
    sv: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

function header(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const value = req?.headers?.[name];
  return typeof value === "string" ? value : null;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/en/sign-in" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInInput.safeParse(credentials);
          if (!parsed.success) throw new Error("invalid_credentials");
          const meta = {
            ip: clientAddress({ get: (name) => header(req, name) }, env().TRUSTED_PROXY),
            userAgent: header(req, "user-agent"),
            locale: "en",
          };
          const result = await authenticate(getDb().db, parsed.data, meta);
          // next-auth hands the message to the form as `error`; a back-off carries its wait: "rate_limited:<seconds>".
          if (!result.ok) throw new Error(result.reason === "rate_limited" ? `rate_limited:${result.retryAfterSeconds}` : result.reason);
          return { id: result.userId, sv: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sv;
        }
        return { uid: token.uid, sv: token.sv, sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.uid ?? "", sv: token.sv ?? 0 } };
      },
    },
  };
}
