import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { FiguresView } from "@/components/reports/figures-view";
import { FiguresViewSwitch, viewModeOf } from "@/components/reports/figures-view-switch";
import { formatDateRange } from "@/i18n/date-range";
import { isIsoDate, quarterOf } from "@/components/reports/periods";
import { liveFiguresPage } from "@/server/pages/admin/figures";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

type SearchParams = Record<string, string | string[] | undefined>;

export const generateMetadata = titleFrom("transparency.admin.dashboard");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** ?from=&to= → a valid period; none given means the current calendar quarter, a bad one is reported and replaced by it. */
function periodOf(searchParams: SearchParams): { start: string; end: string; invalid: boolean } {
  const fallback = quarterOf(new Date().toISOString().slice(0, 10));
  const from = first(searchParams.from);
  const to = first(searchParams.to);
  if (!from && !to) return { ...fallback, invalid: false };
  if (isIsoDate(from) && isIsoDate(to) && to >= from) return { start: from, end: to, invalid: false };
  return { ...fallback, invalid: true };
}

/** The transparency figures as they stand now, for any period (admins only; exact, or as the public would see them). */
export default async function AdminFiguresPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const period = periodOf(query);
  const mode = viewModeOf(query.view);
  const [t, format, live] = await Promise.all([
    getTranslations({ locale, namespace: "transparency" }),
    getFormatter({ locale }),
    readPage(liveFiguresPage, { locale, path: "/admin/figures" }, period.start, period.end),
  ]);
  const figures = mode === "public" ? live.publicFigures : live.figures;
  const periodQuery = { from: period.start, to: period.end };

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("admin.dashboard.title")}</h1>
      <p className="mb-6 max-w-3xl text-gray-700">{t("admin.dashboard.intro")}</p>
      <AdminNav locale={locale} current="figures" />
      {period.invalid && <Alert tone="error">{t("admin.dashboard.invalidPeriod")}</Alert>}
      <form method="get" className="mb-6 rounded border border-gray-200 bg-gray-50 p-4">
        <fieldset>
          <legend className="mb-3 text-lg font-semibold">{t("admin.dashboard.legend")}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
            <TextField label={t("admin.dashboard.from")} name="from" type="date" required defaultValue={period.start} />
            <TextField label={t("admin.dashboard.to")} name="to" type="date" required defaultValue={period.end} />
          </div>
        </fieldset>
        {mode === "public" && <input type="hidden" name="view" value="public" />}
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("admin.dashboard.show")}
        </button>
      </form>
      <Section id="dashboard-figures" title={t("admin.dashboard.forPeriod", { period: formatDateRange(locale, period.start, period.end) })} className="" headingClassName="mb-1 text-2xl font-bold">
        <p className="mb-4 text-sm text-gray-700">
          {t("report.computedAtValue", { date: format.dateTime(new Date(figures.computedAt), { dateStyle: "long", timeStyle: "medium" }) })}
        </p>
        <FiguresViewSwitch
          locale={locale}
          current={mode}
          hrefFor={(m) => ({ pathname: "/admin/figures", query: m === "public" ? { ...periodQuery, view: "public" } : periodQuery })}
        />
        <FiguresView locale={locale} figures={figures} level={3} prefix="dash" />
      </Section>
    </div>
  );
}
