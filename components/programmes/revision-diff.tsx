import { useLocale, useTranslations } from "next-intl";
import { referenceNames, type ReferenceNames } from "@/i18n/reference-names";

export type RevisionDiffData = {
  from: number;
  to: number;
  fields: { field: string; parts: { kind: "same" | "added" | "removed"; text: string }[] }[];
};

type HeadingLevel = 2 | 3 | 4;
const TITLE_TAGS = { 2: "h2", 3: "h3", 4: "h4" } as const;
const FIELD_TAGS = { 2: "h3", 3: "h4", 4: "h5" } as const;
type Translate = ReturnType<typeof useTranslations<"programmes">>;

/** Makes codes in a diffed value readable (sector and mechanism codes, ISO country and language codes, ids of institutions). */
function readable(field: string, text: string, t: Translate, names: ReferenceNames, locale: string, institutionNames: Record<string, string>) {
  const enumKey: Record<string, string> = { workingArea: "workingAreas", format: "formats" };
  const group = enumKey[field];
  if (group) return text.replace(/[a-z_]+/g, (code) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code));
  if (field === "sectors") return text.replace(/[a-z_]+/g, (code) => names.sector(code));
  if (field === "mechanismCode") return text.replace(/[A-Z0-9_]+/g, (code) => names.mechanism(code));
  if (field === "hubCountry" || field === "spilloverCountries") return text.replace(/\b[A-Z]{2}\b/g, (code) => names.country(code));
  if (field === "languages") {
    const names = new Intl.DisplayNames([locale], { type: "language" });
    return text.replace(/\b[a-z]{2,3}\b/g, (code) => names.of(code) ?? code);
  }
  if (field === "involvesDataSharing") return text.replace(/\btrue\b/g, t("facts.yes")).replace(/\bfalse\b/g, t("facts.no"));
  if (field === "coLeadInstitutionIds") return text.replace(/\b[0-9a-z]{20}\b/g, (id) => institutionNames[id] ?? id);
  return text;
}

/**
 * What changed between two revisions (from programmes.revisionDiff), field by field.
 * Additions are <ins>, removals <del>, each announced to screen readers ("added:" /
 * "removed:") since colours and strike-through are not read out. Works in server and client
 * components. `institutionNames` (id → name) names co-lead institutions when given.
 */
export function RevisionDiff({
  diff,
  headingLevel = 3,
  institutionNames = {},
}: {
  diff: RevisionDiffData;
  headingLevel?: HeadingLevel;
  institutionNames?: Record<string, string>;
}) {
  const t = useTranslations("programmes");
  const locale = useLocale();
  const names = referenceNames(locale, useTranslations("reference"));
  const Title = TITLE_TAGS[headingLevel];
  const Field = FIELD_TAGS[headingLevel];
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  return (
    <section className="rounded border border-gray-200 bg-white p-4">
      <Title className="mb-3 text-lg font-semibold">{t("diff.title", { from: diff.from, to: diff.to })}</Title>
      {diff.fields.length === 0 ? (
        <p className="text-gray-700">{t("diff.noChanges")}</p>
      ) : (
        <div className="space-y-4">
          {diff.fields.map((f) => (
            <div key={f.field}>
              <Field className="mb-1 font-semibold">{label(f.field)}</Field>
              <p dir="auto" className="rounded border border-gray-100 bg-gray-50 p-2 text-sm break-words whitespace-pre-wrap">
                {f.parts.map((part, i) => {
                  const text = readable(f.field, part.text, t, names, locale, institutionNames);
                  if (part.kind === "same") return <span key={i}>{text}</span>;
                  const Tag = part.kind === "added" ? "ins" : "del";
                  return (
                    <Tag key={i} className={part.kind === "added" ? "bg-green-100 text-green-900 underline" : "bg-red-100 text-red-900 line-through"}>
                      <span className="sr-only">{t(part.kind === "added" ? "diff.added" : "diff.removed")} </span>
                      {text}
                      <span className="sr-only"> ({t("diff.end")})</span>
                    </Tag>
                  );
                })}
              </p>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
