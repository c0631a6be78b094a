// Calling a real route handler (app/api/**/route.ts) in-process, the way `next start` does:
// Next's own AppRouteRouteModule wraps the exported GET/POST in the request scope that
// `headers()`, `cookies()` and `after()` need, so the handler runs exactly as in production
// (real router, real next-auth, real database) without a server or a browser.
import { encode } from "next-auth/jwt";
import { AppRouteRouteModule } from "next/dist/server/route-modules/app-route/module.js";
import { NextRequest } from "next/server";
import { env } from "../../../server/env";

type RouteModule = Record<string, unknown>;

export type RouteCall = {
  /** The route file's path under app/, e.g. "/api/trpc/[trpc]/route". */
  page: string;
  /** Dynamic segments of the URL, e.g. { trpc: "account.signOutEverywhere" }. */
  params?: Record<string, string | string[]>;
};

const PREVIEW = { previewModeId: "test", previewModeEncryptionKey: "test", previewModeSigningKey: "test" };

/**
 * Runs `request` through the route module `userland` as Next would, then runs the work the
 * handler deferred with `after()` once the response is complete (as Next does when it closes).
 */
export async function callRoute(userland: RouteModule, call: RouteCall, request: Request): Promise<Response> {
  const pathname = call.page.replace(/\/route$/, "");
  const route = new AppRouteRouteModule({
    userland: () => userland,
    definition: { kind: "APP_ROUTE", page: call.page, pathname, filename: "route", bundlePath: `app${call.page}` },
    distDir: ".next",
    relativeProjectDir: "",
    resolvedPagePath: `app${call.page}.ts`,
    nextConfigOutput: undefined,
  } as unknown as ConstructorParameters<typeof AppRouteRouteModule>[0]);
  const closeCallbacks: Array<() => void> = [];
  const deferred: Array<Promise<unknown>> = [];
  const context = {
    params: call.params,
    previewProps: PREVIEW,
    sharedContext: { buildId: "integration-test" },
    renderOpts: {
      experimental: {},
      supportsDynamicResponse: true,
      waitUntil: (promise: Promise<unknown>) => deferred.push(promise),
      onClose: (callback: () => void) => closeCallbacks.push(callback),
      onAfterTaskError: (error: unknown) => console.error("after() task failed:", error),
    },
  };
  const response = await route.handle(new NextRequest(request), context as unknown as Parameters<AppRouteRouteModule["handle"]>[1]);
  // Read the body now, then "close" the response so after() work runs, and wait for it.
  const body = await response.arrayBuffer();
  for (const callback of closeCallbacks) callback();
  await Promise.all(deferred);
  return new Response(body.byteLength > 0 ? body : null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The public origin of the app under test (NEXTAUTH_URL), e.g. http://localhost:3100. */
export function appOrigin(): string {
  return new URL(env().NEXTAUTH_URL).origin;
}

/** A next-auth session cookie for `user`, as the sign-in endpoint would set it. */
export async function sessionCookieFor(user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion, sub: user.id }, secret: env().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}
