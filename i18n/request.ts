import { getRequestConfig } from "next-intl/server";
import { isLocale } from "./locales";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
