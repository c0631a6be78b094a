// /{locale}/help, /contact, /privacy, /accessibility — a help document of the reader's locale,
// its placeholders filled in (the contact address is configuration), split into title and body.
import { fillPlaceholders, readDocument, splitTitle, type DocumentName } from "@/i18n/documents";
import { isLocale } from "@/i18n/locales";
import { env } from "../../env";
import { notFoundUnless, pageRead } from "../page-read";

export const documentPage = pageRead("documentPage", (ctx, name: DocumentName) => {
  const locale = ctx.meta.locale;
  notFoundUnless(isLocale(locale), "document");
  return Promise.resolve(splitTitle(fillPlaceholders(readDocument(locale, name), { contactEmail: env().CONTACT_EMAIL, locale })));
});
