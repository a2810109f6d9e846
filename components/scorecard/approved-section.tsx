// The agencies' quarterly report figures that Home Affairs approved (issue 6), province totals for
// the scorecard's quarter. Reports exist per quarter only: other periods get a note.
import Link from "next/link";
import { approvedTotalColumns } from "@/components/reports/approved-columns";
import { TextTable } from "@/components/ui/text-table";
import type { Viewer } from "@/lib/auth/permissions";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { textTable } from "@/lib/ui/compact-rows";
import { periodKey, quarterOf, type Period } from "@/lib/metrics/periods";
import { getIntl } from "@/lib/i18n/server";

export async function ApprovedSection({ viewer, period }: { viewer: Viewer; period: Period }) {
  const intl = await getIntl();
  const { t } = intl;
  if (period.kind !== "quarter") return <p className="text-sm text-muted">{t("scorecard.approved.quarterOnly")}</p>;
  const totals = (await getApprovedIndicatorTotals(viewer, quarterOf(period.from))).filter((row) => row.reports > 0);
  const link = (
    <Link href={`/reports/approved?period=${periodKey(period)}`} className="text-sm font-medium text-brand-700 underline underline-offset-4" data-print="hide">
      {t("scorecard.approved.link")}
    </Link>
  );
  if (totals.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-muted">{t("scorecard.approved.none")}</p>
        {link}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <TextTable caption={t("reports.approved.caption")} {...textTable(approvedTotalColumns({ testIdPrefix: "scorecard-approved", withArea: false, intl }), totals, (row) => row.code)}
        maxHeight="max-h-96" testId="approved-table" />
      {link}
    </div>
  );
}
