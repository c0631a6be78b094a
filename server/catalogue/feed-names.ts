// The feeds' own words (calendar name, event title, feed title) in the reader's language, from
// messages/<locale>/catalogue.json — read directly, as the mail templates read email.json: a
// route handler outside a page's request scope.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import ar from "@/messages/ar/catalogue.json" with { type: "json" };
import en from "@/messages/en/catalogue.json" with { type: "json" };
import es from "@/messages/es/catalogue.json" with { type: "json" };
import fr from "@/messages/fr/catalogue.json" with { type: "json" };
import pt from "@/messages/pt/catalogue.json" with { type: "json" };
import ru from "@/messages/ru/catalogue.json" with { type: "json" };
import zh from "@/messages/zh/catalogue.json" with { type: "json" };

const FEEDS = { ar: ar.feeds, en: en.feeds, es: es.feeds, fr: fr.feeds, pt: pt.feeds, ru: ru.feeds, zh: zh.feeds } satisfies Record<Locale, unknown>;

export type FeedNames = { calendar: string; deadline: (title: string) => string; feed: string };

export function feedNames(locale: Locale): FeedNames {
  const t = createTranslator({ locale, messages: { feeds: FEEDS[locale] }, namespace: "feeds" });
  return { calendar: t("deadlinesTitle"), deadline: (title) => t("deadlineEvent", { title }), feed: t("newTitle") };
}
