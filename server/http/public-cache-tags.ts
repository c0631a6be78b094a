// Which cached public pages a committed change touches (pure: no Next import). The visitors' view
// of the catalogue, the institution directory and the transparency reports is cached per tag
// (server/pages/public-page-cache.ts); the kernel's after-commit hook expires these tags.
import type { AuditAction, AuditEvent } from "../audit/events";

/** The catalogue (list, programme pages, the home page's teaser). */
export const PROGRAMMES_TAG = "public:programmes";
/** The institution directory, institution pages and the home page's figures. */
export const INSTITUTIONS_TAG = "public:institutions";
/** The published transparency reports. */
export const REPORTS_TAG = "public:reports";
export type PublicTag = typeof PROGRAMMES_TAG | typeof INSTITUTIONS_TAG | typeof REPORTS_TAG;

const BOTH: readonly PublicTag[] = [PROGRAMMES_TAG, INSTITUTIONS_TAG];

/**
 * The actions that change what a visitor sees. Drafts, reviews, agreements, accounts and the
 * like are never public, so their changes leave the cache alone. Institution changes touch the
 * catalogue too (a programme shows its lead's and participants' names).
 */
const CHANGED_BY: Partial<Record<AuditAction, readonly PublicTag[]>> = {
  "programme.publish": BOTH,
  "programme.start": BOTH,
  "programme.complete": BOTH,
  "programme.cancel": BOTH,
  "programme.setFlagship": BOTH,
  "programme.edit": BOTH,
  "participation.accept": BOTH,
  "participation.withdraw": BOTH,
  "participation.leave": BOTH,
  "institution.verify": BOTH,
  "institution.suspend": BOTH,
  "institution.reinstate": BOTH,
  "institution.update": BOTH,
  "report.publish": [REPORTS_TAG],
  "report.update": [REPORTS_TAG],
  // Public questions and answers show on the programme page; an edit or a hidden message does
  // not say its thread's audience, so it expires the catalogue whatever the audience.
  "discussion.edit": [PROGRAMMES_TAG],
  "discussion.hide": [PROGRAMMES_TAG],
};

/** A new thread or message is public only in a public thread. */
function isPublicDiscussion(event: Pick<AuditEvent, "action" | "context">): boolean {
  if (event.action !== "discussion.start" && event.action !== "discussion.post") return false;
  return (event.context as { audience?: string }).audience === "public";
}

/**
 * Whether a visitor's list read is worth a cache entry: the first pages of a filter, without free
 * text. Free-text searches and deep pages are read live, so that nobody can fill the cache with
 * made-up keys (the facets are finite lists, validated before they get here).
 */
export function cacheableList(filters: { q?: string | undefined; page: number }): boolean {
  return !filters.q && filters.page <= 10;
}

/** The public tags a committed event expires (none for changes visitors never see). */
export function publicTagsChangedBy(event: Pick<AuditEvent, "action" | "context">): readonly PublicTag[] {
  if (isPublicDiscussion(event)) return [PROGRAMMES_TAG];
  return CHANGED_BY[event.action] ?? [];
}
