import { getTranslations } from "next-intl/server";
import { sortFields } from "./content-values";
import { countryName, riskName, safeguardName } from "./labels";
import type { DiffView as DiffRow } from "./types";
import { Section } from "@/components/ui/section";
import { RecordTable } from "@/components/ui/record-table";

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** What an amendment changed compared with the version it amends, field by field (before / after). */
export async function AmendmentDiff({ locale, diff, parentNumber, partyNames }: { locale: string; diff: DiffRow[]; parentNumber: number; partyNames: Record<string, string> }) {
  const [t, tChecks] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getTranslations({ locale, namespace: "agreementChecks" })]);
  const country = countryName(locale);
  const safeguard = safeguardName(tChecks);
  const risk = riskName(tChecks);
  const yesNo = (b: unknown) => (b ? t("view.yes") : t("view.no"));

  const lines = (field: string, value: unknown): string[] => {
    if (value === null || value === undefined || value === "") return [t("diff.empty")];
    if (typeof value === "boolean") return [yesNo(value)];
    if (typeof value === "number") return [field === "breachNotificationHours" ? t("view.hours", { count: value }) : String(value)];
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) {
      if (value.length === 0) return [t("diff.empty")];
      return value.map((item) => {
        const r = record(item);
        if (field === "parties") return `${partyNames[str(r.institutionId)] ?? str(r.institutionId)} — ${t.has(`roles.${str(r.role)}`) ? t(`roles.${str(r.role)}`) : str(r.role)}`;
        if (field === "dataCategories")
          return `${str(r.name)} (${t("view.personal")}: ${yesNo(r.personal)}, ${t("view.sensitive")}: ${yesNo(r.sensitive)})`;
        if (field === "transfers") return `${country(str(r.fromCountry))} → ${country(str(r.toCountry))}: ${r.safeguard ? safeguard(str(r.safeguard)) : t("view.noSafeguard")}`;
        return JSON.stringify(item);
      });
    }
    if (field === "impactAssessment") {
      const a = record(value);
      return [`${t("impact.residualRisk")}: ${risk(str(a.residualRisk))}`, `${t("impact.approvedByName")}: ${str(a.approvedByName)}`, `${t("impact.approvedOn")}: ${str(a.approvedOn)}`];
    }
    return [JSON.stringify(value)];
  };
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  const byField = new Map(diff.map((d) => [d.field, d]));
  const rows = sortFields([...byField.keys()]).map((f) => byField.get(f)!);

  return (
    <Section id="diff-heading" title={t("diff.title", { number: parentNumber })}>
      {rows.length === 0 ? (
        <p className="text-gray-700">{t("diff.noChanges")}</p>
      ) : (
        <RecordTable
          plain
          rows={rows}
          rowKey={(d) => d.field}
          rowClassName="align-top"
          columns={[
            { header: t("diff.field"), rowHeader: true, className: "font-medium", cell: (d) => label(d.field) },
            {
              header: t("diff.before"),
              cell: (d) => (
                <del className="bg-red-50 text-red-900 no-underline">
                  <Lines lines={lines(d.field, d.before)} />
                </del>
              ),
            },
            {
              header: t("diff.after"),
              cell: (d) => (
                <ins className="bg-green-50 text-green-900 no-underline">
                  <Lines lines={lines(d.field, d.after)} />
                </ins>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}

/** Lines of a value, each its own direction. */
function Lines({ lines }: { lines: string[] }) {
  return lines.map((l, i) => (
    <span key={i} dir="auto" className="block whitespace-pre-line">
      {l}
    </span>
  ));
}
