// Pages call their reads here, and only here: once per request (React cache(), so generateMetadata
// and the page share one read), with the request's viewer, and with every refusal turned into the
// sign-in redirect, the not-found page or a redirect in this one place (server/pages/outcomes.ts).
// A visitor's read of a public page comes from the data cache (server/http/visitor-cache.ts).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { publicRead } from "../context";
import { cacheForVisitors } from "../http/visitor-cache";
import { currentViewer, requestMeta } from "../auth/current-viewer";
import { refusalOf, type Refusal } from "./outcomes";
import { pageContext, type PageContext, type PageRead } from "./page-read";

/** The page context of the current request (viewer read once, procedures called in-process). */
const requestPageContext = cache(async (locale: string): Promise<PageContext> => {
  const [viewer, meta] = await Promise.all([currentViewer(), requestMeta(locale)]);
  return pageContext({ db: getDb().db, viewer, meta, cacheForVisitors });
});

type Settled = { ok: true; view: unknown } | { ok: false; refusal: Refusal };

/** One read with these arguments, once per request; a refusal is a value, anything else is thrown. */
const settle = cache(async (read: PageRead<readonly unknown[], unknown>, locale: string, ...args: readonly unknown[]): Promise<Settled> => {
  const ctx = await requestPageContext(locale);
  try {
    // Inside the page's cache entry the procedures read live (one cache entry per page, not nested ones).
    const live = () => read.run(pageContext({ db: ctx.db, viewer: ctx.viewer, meta: ctx.meta }), ...args);
    const cached = read.visitorCache && (read.visitorCache.when?.(...args) ?? true);
    const view = cached ? await publicRead(ctx, ["page", read.name, ...args], read.visitorCache.tags, live) : await read.run(ctx, ...args);
    return { ok: true, view };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { ok: false, refusal };
  }
});

/** Where the page is, to come back to after signing in: `/dashboard`, `/proposals/new?institution=…`. */
export type PageAddress = { locale: string; path: string };

/** The page's view model, or the sign-in page, the not-found page or a redirect. */
export async function readPage<Args extends readonly unknown[], View>(read: PageRead<Args, View>, at: PageAddress, ...args: Args): Promise<View> {
  const settled = await settle(read as PageRead<readonly unknown[], unknown>, at.locale, ...args);
  if (settled.ok) return settled.view as View;
  const { refusal } = settled;
  if (refusal.outcome === "signIn") redirect(`/${at.locale}/sign-in?callbackUrl=${encodeURIComponent(`/${at.locale}${at.path}`)}`);
  if (refusal.outcome === "redirect") redirect(`/${at.locale}${refusal.to}`);
  notFound();
}

/** For generateMetadata: the same read (shared with the page through the cache), or null when refused. */
export async function peekPage<Args extends readonly unknown[], View>(read: PageRead<Args, View>, locale: string, ...args: Args): Promise<View | null> {
  const settled = await settle(read as PageRead<readonly unknown[], unknown>, locale, ...args);
  return settled.ok ? (settled.view as View) : null;
}
