import { isLocale } from "@/i18n/locales";
import { newProgrammesAtom } from "@/server/catalogue/feed-documents";
import { feedNames } from "@/server/catalogue/feed-names";
import { env } from "@/server/env";
import { cacheableText } from "@/server/http/cacheable-text";

type Context = { params: Promise<{ locale: string }> };

/** The newest public programmes as an Atom feed (RFC 4287), latest 50. */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale } = await context.params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const body = await newProgrammesAtom(new URL(env().NEXTAUTH_URL).origin, locale, feedNames(locale));
  return cacheableText(request, body, "application/atom+xml; charset=utf-8");
}
