import { isLocale } from "@/i18n/locales";
import { deadlinesIcs } from "@/server/catalogue/feed-documents";
import { feedNames } from "@/server/catalogue/feed-names";
import { env } from "@/server/env";
import { cacheableText } from "@/server/http/cacheable-text";

type Context = { params: Promise<{ locale: string }> };

/** The application deadlines of open programmes as an iCalendar feed (RFC 5545), nearest 50. */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale } = await context.params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const body = await deadlinesIcs(new URL(env().NEXTAUTH_URL).origin, locale, feedNames(locale));
  return cacheableText(request, body, "text/calendar; charset=utf-8");
}
