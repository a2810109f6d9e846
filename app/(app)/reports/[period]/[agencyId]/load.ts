// What a report's URL names (/reports/2024-Q2/<agency>): a reporting period and an agency the
// viewer may read. Asked by the layout (for a real 404 before the page streams) and by the pages,
// read once per request; anything else is "not found".
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/session";
import { getAgencyName } from "@/lib/data/reports/names";
import { getDataSpan } from "@/lib/data/province/settings";
import { findPeriod } from "@/lib/data/province/periods";
import { quarterOf } from "@/lib/metrics/periods";
import { reportQuarterParam } from "@/lib/validations/reports";
import { parsePathId } from "@/lib/validations/search-params";

export type ReportParams = Promise<{ period: string; agencyId: string }>;

export const loadReportTarget = cache(async (periodSegment: string, agencySegment: string) => {
  const [viewer, span] = await Promise.all([requireViewer(), getDataSpan()]);
  const parsed = reportQuarterParam(span).safeParse(periodSegment);
  if (!parsed.success) notFound();
  const agencyId = parsePathId(agencySegment);
  const { year, quarter } = quarterOf(parsed.data.from);
  const [period, agencyName] = await Promise.all([findPeriod(year, quarter), getAgencyName(viewer, agencyId)]);
  if (!period || !agencyName) notFound();
  return { viewer, year, quarter, agencyId, agencyName, period, periodKey: periodSegment };
});

export async function reportTarget(params: ReportParams) {
  const { period, agencyId } = await params;
  return loadReportTarget(period, agencyId);
}
