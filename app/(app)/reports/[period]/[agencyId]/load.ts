// The route's parameters as a quarter and an agency id; anything else is "not found".
import { notFound } from "next/navigation";
import { parsePeriodKey, quarterOf } from "@/lib/metrics/periods";

export type ReportParams = Promise<{ period: string; agencyId: string }>;

export async function reportKey(params: ReportParams): Promise<{ year: number; quarter: number; agencyId: number; periodKey: string }> {
  const { period, agencyId } = await params;
  const parsed = parsePeriodKey(period);
  const id = /^\d{1,9}$/.test(agencyId) ? Number(agencyId) : NaN;
  if (!parsed || parsed.kind !== "quarter" || !Number.isSafeInteger(id)) notFound();
  return { ...quarterOf(parsed.from), agencyId: id, periodKey: period };
}
