import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import { ProgrammeFacts } from "@/components/programmes/programme-facts";
import type { ReferenceLists } from "@/server/pages/reference";

/** The frozen text of a revision: summary, the Markdown description (rendered safely) and the structured facts. */
export async function RevisionText({
  locale,
  content,
  coLeads,
  reference,
}: {
  locale: string;
  content: Record<string, unknown>;
  coLeads: readonly { id: string; name: string }[];
  reference: ReferenceLists;
}) {
  const t = await getTranslations({ locale, namespace: "reviews.sheet" });
  const summary = typeof content.summary === "string" ? content.summary : "";
  const description = typeof content.description === "string" ? content.description : "";
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-1 text-lg font-semibold">{t("summaryHeading")}</h3>
        {summary ? (
          <p dir="auto" className="max-w-prose whitespace-pre-line break-words">
            {summary}
          </p>
        ) : (
          <p>{t("notProvided")}</p>
        )}
      </div>
      <div>
        <h3 className="mb-1 text-lg font-semibold">{t("descriptionHeading")}</h3>
        {description ? <Markdown headingLevel={3}>{description}</Markdown> : <p>{t("notProvided")}</p>}
      </div>
      <div>
        <h3 className="mb-2 text-lg font-semibold">{t("factsHeading")}</h3>
        <ProgrammeFacts locale={locale} content={content} coLeads={coLeads} reference={reference} />
      </div>
    </div>
  );
}
