// One agency's quarterly report as a workbook: every value beside the previous quarter's, with its
// evidence, and the report's history (every step and value change). Another agency's report is
// "not found" for agency staff, as on the page.
import { HISTORY_XLSX, VALUES_XLSX } from "@/components/reports/reports-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getReportView } from "@/lib/data/reports/entry";
import { getReportHistory } from "@/lib/data/reports/history";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { quarterOf } from "@/lib/metrics/periods";
import { reportQuarterParam } from "@/lib/validations/reports";
import { idParam } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  need: "agency.read",
  load: async ({ viewer, span, segments }) => {
    const quarter = reportQuarterParam(span).safeParse(segments.period);
    const agencyId = idParam().safeParse(segments.agencyId);
    if (!quarter.success || !agencyId.success) return null;
    const { year, quarter: q } = quarterOf(quarter.data.from);
    const view = await getReportView(viewer, agencyId.data, year, q, new Date());
    if (!view) return null;
    const history = (await getReportHistory(viewer, agencyId.data, view.period.id)) ?? [];
    const rows = view.indicators.map((indicator) => ({ indicator, entry: view.values[indicator.code], current: view.current[indicator.code] ?? null, previous: view.previous[indicator.code] ?? null }));
    const period = formatPeriod(quarter.data);
    const status = t(`reports.status.${view.report?.status ?? "NOT_STARTED"}`);
    return {
      what: "report",
      fileSuffix: `${segments.period}-${agencyId.data}`,
      agencyId: agencyId.data,
      title: { title: t("reports.form.heading", { quarter: q, year, agency: view.agency.name }), unit: view.agency.name, period },
      sheets: [sheet(t("reports.col.value"), VALUES_XLSX, rows), sheet(t("export.sheet.history"), HISTORY_XLSX, history)],
      notes: { filters: baseFilters(period, view.agency.name, [[t("export.col.status"), status]]), definitions: [[t("reports.heading"), t("export.def.reports")]] },
    };
  },
});
