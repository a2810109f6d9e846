// An agency's yearly assessments: self-score, appraised score, rank in its group, rating, and the
// criterion scores with evidence where recorded.
import type { HistoryRow } from "@/lib/data/assessments";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { tableClass, tdClass, thClass } from "@/components/indices/display";
import { DataTable } from "@/components/indices/data-table";

const score = (value: number | null) => (value === null ? "" : formatScoreValue(value));

export function AssessmentHistory({ rows }: { rows: HistoryRow[] }) {
  if (rows.length === 0) return <p className="text-muted">{t("assessments.history.none")}</p>;
  return (
    <div className="space-y-4">
      <DataTable
        caption={t("assessments.history.caption")}
        testId="assessment-history"
        columns={[t("assessments.col.year"), t("assessments.col.group"), t("assessments.col.self"), t("assessments.col.appraised"), t("assessments.col.rank"), t("assessments.col.rating")]}
      >
        {rows.map((r) => (
          <tr key={r.year} data-testid={`assessment-${r.year}`}>
            <th scope="row" className={`${tdClass} font-medium`}>{r.year}</th>
            <td className={tdClass}>{t(`assessments.group.${r.group}`)}</td>
            <td className={`${tdClass} tabular-nums`}>{score(r.selfScore)}</td>
            <td className={`${tdClass} tabular-nums`}>{score(r.appraisedScore)}</td>
            <td className={`${tdClass} tabular-nums`}>{r.rank === null ? "" : t("assessments.rankOf", { rank: r.rank, size: r.groupSize })}</td>
            <td className={tdClass}>{r.rating === null ? "" : t(`assessments.rating.${r.rating}`)}</td>
          </tr>
        ))}
      </DataTable>
      {rows
        .filter((r) => r.criteria.length > 0)
        .map((r) => (
          <details key={r.year} className="rounded-md border border-border bg-surface p-3">
            <summary className="cursor-pointer font-medium">{t("assessments.history.criteria", { year: r.year })}</summary>
            <table className={`${tableClass} mt-2`}>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("assessments.col.criterion")}</th>
                  <th scope="col" className={thClass}>{t("assessments.col.self")}</th>
                  <th scope="col" className={thClass}>{t("assessments.col.appraised")}</th>
                  <th scope="col" className={thClass}>{t("assessments.col.evidence")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {r.criteria.map((c) => (
                  <tr key={c.criterionId}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      {c.code}. {c.name} ({formatScoreValue(c.maxScore)})
                    </th>
                    <td className={`${tdClass} tabular-nums`}>{score(c.selfScore)}</td>
                    <td className={`${tdClass} tabular-nums`}>{score(c.appraisedScore)}</td>
                    <td className={tdClass}>{c.evidence ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
    </div>
  );
}
