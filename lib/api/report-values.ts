// One agency's quarterly report as a workbook's content: every value beside the previous
// quarter's, with its evidence, and the report's history. Shared by the report's own export and the
// quarter pack (each unit's approved report), in the reader's language (`intl`). Another agency's
// report is null for agency staff.
import "server-only";
import { historyXlsx, valuesXlsx } from "@/components/reports/reports-xlsx";
import type { ExportContent } from "@/lib/api/xlsx-export";
import type { Viewer } from "@/lib/auth/permissions";
import { getReportView } from "@/lib/data/reports/entry";
import { getReportHistory } from "@/lib/data/reports/history";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import type { Intl } from "@/lib/i18n/translator";
import { periodKey, quarterPeriod } from "@/lib/metrics/periods";

export async function reportValuesContent(viewer: Viewer, agencyId: number, year: number, quarter: number, now: Date, intl: Intl): Promise<(ExportContent & { agencyName: string }) | null> {
  const view = await getReportView(viewer, agencyId, year, quarter, now);
  if (!view) return null;
  const history = (await getReportHistory(viewer, agencyId, view.period.id)) ?? [];
  const rows = view.indicators.map((indicator) => ({ indicator, entry: view.values[indicator.code], current: view.current[indicator.code] ?? null, previous: view.previous[indicator.code] ?? null }));
  const { t, f } = intl;
  const period = f.period(quarterPeriod(year, quarter));
  const status = t(`reports.status.${view.report?.status ?? "NOT_STARTED"}`);
  return {
    what: "report",
    fileSuffix: `${periodKey(quarterPeriod(year, quarter))}-${agencyId}`,
    agencyId,
    agencyName: view.agency.name,
    title: { title: t("reports.form.heading", { quarter: String(quarter), year: String(year), agency: view.agency.name }), unit: view.agency.name, period },
    sheets: [sheet(t("reports.col.value"), valuesXlsx(intl), rows), sheet(t("export.sheet.history"), historyXlsx(t), history)],
    notes: { filters: baseFilters(t, period, view.agency.name, [[t("export.col.status"), status]]), definitions: [[t("reports.heading"), t("export.def.reports")]] },
  };
}
