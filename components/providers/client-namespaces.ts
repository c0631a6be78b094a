// Which message namespaces each client boundary ships to the browser (see client-messages.tsx).
// tests/unit/client-namespaces.test.ts checks that every client component's useTranslations
// namespace is covered by the boundary that renders it, and that public pages ship none.

/**
 * The signed-in area and the account forms (app/[locale]/(app)/layout.tsx): the namespaces its
 * client components translate with, including the root translators that look up "validation.*",
 * "errors.*" and "reference.*" keys. Left out: home, catalogue, institutions and email, which
 * only server components read.
 */
export const APP_CLIENT_NAMESPACES = [
  "common.platformRoles",
  "common.actions",
  "auth",
  "validation",
  "errors",
  "dashboard",
  "admin",
  "programmes",
  "reviewDesk",
  "reviews",
  "notifications",
  "participation",
  "agreements",
  "agreementChecks",
  "transparency",
  "reference",
  "forms",
  "developers.tokens",
  "stepUp",
  "outbox",
  "matching",
  "coauthoring",
  "discussions",
] as const;
