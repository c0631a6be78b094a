// The feeds as documents: the deadlines as iCalendar, the new programmes as Atom. Links and the
// calendar's and feed's names are in the reader's language; programme texts as written.
import { getDb } from "@/db/client";
import { atomFeed } from "./atom";
import type { FeedNames as Names } from "./feed-names";
import { deadlineFeed, newProgrammesFeed } from "./feeds";
import { icsCalendar } from "./ics";


/** The deadlines calendar (public programmes only: no viewer needed). */
export async function deadlinesIcs(origin: string, locale: string, names: Names): Promise<string> {
  const items = await deadlineFeed({ db: getDb().db });
  const host = new URL(origin).host;
  return icsCalendar(
    names.calendar,
    items.map((item) => ({
      uid: `deadline-${item.reference}@${host}`,
      day: item.applicationDeadline,
      stamp: item.updatedAt,
      summary: names.deadline(item.title),
      description: `${item.leadName}\n\n${item.summary}`,
      url: `${origin}/${locale}/programmes/${item.reference}`,
    })),
  );
}

/** The new-programmes feed (public programmes only: no viewer needed). */
export async function newProgrammesAtom(origin: string, locale: string, names: Names): Promise<string> {
  const items = await newProgrammesFeed({ db: getDb().db });
  const updated = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), new Date(0));
  return atomFeed({
    id: `${origin}/${locale}/programmes/feed.atom`,
    title: names.feed,
    selfLink: `${origin}/${locale}/programmes/feed.atom`,
    alternateLink: `${origin}/${locale}/programmes`,
    lang: locale,
    updated,
    entries: items.map((item) => ({
      id: `${origin}/programmes/${item.reference}`,
      title: item.title,
      summary: item.summary,
      author: item.leadName,
      link: `${origin}/${locale}/programmes/${item.reference}`,
      published: item.publishedAt,
      updated: item.updatedAt,
    })),
  });
}
