import { getTranslations } from "next-intl/server";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import { AUDIT_OBJECT_TYPES, type AuditFilterKey } from "./audit-query";

/** A plain GET form: filtering works without JavaScript and every filtered view has its own address. */
export async function AuditFilterForm({ locale, values }: { locale: string; values: Partial<Record<AuditFilterKey, string>> }) {
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  const active = Object.keys(values).length > 0;
  return (
    <form method="get" className="mb-6 rounded border border-gray-200 bg-gray-50 p-4">
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{t("filters.legend")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField label={t("filters.action")} name="action" defaultValue={values.action ?? ""} hint={t("filters.actionHint")} maxLength={64} />
          <SelectField label={t("filters.objectType")} name="objectType" defaultValue={values.objectType ?? ""}>
            <Options choose={t("filters.anyObjectType")} options={AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t(`objectTypes.${type}`) }))} />
          </SelectField>
          <TextField label={t("filters.objectId")} name="objectId" defaultValue={values.objectId ?? ""} maxLength={64} />
          <TextField label={t("filters.actorUserId")} name="actorUserId" defaultValue={values.actorUserId ?? ""} maxLength={20} />
          <TextField label={t("filters.institutionId")} name="institutionId" defaultValue={values.institutionId ?? ""} maxLength={20} />
          <TextField label={t("filters.from")} name="from" type="date" defaultValue={values.from ?? ""} />
          <TextField label={t("filters.to")} name="to" type="date" defaultValue={values.to ?? ""} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        {active && (
          <Link href="/admin/audit" className="text-sm text-brand-700 underline hover:no-underline">
            {t("filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
