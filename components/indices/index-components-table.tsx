// An index's components in one year: maximum (and whether it is confirmed), score, share of the
// maximum, the weakest ones marked, and the lead and coordinating agencies.
import type { IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatPercent } from "@/lib/i18n/format";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { shareOfMax, weakestComponents } from "@/lib/metrics/indices";
import { tdClass } from "./display";
import { DataTable } from "./data-table";

/** `province`: whose scores ("" today's province, or a former province's name). */
export function IndexComponentsTable({ index, year, province = "" }: { index: IndexDetail; year: number | null; province?: string }) {
  const values = index.components.map((c) => ({
    component: c,
    value: { code: c.code, maxScore: c.maxScore, score: c.scores.find((s) => s.year === year && s.province === province)?.score ?? null },
  }));
  const weakest = weakestComponents(values.map((v) => v.value));
  const anyScore = values.some((v) => v.value.score !== null);
  return (
    <div className="space-y-3">
      {!anyScore ? <p className="text-muted">{t("indices.detail.noComponentScores")}</p> : null}
      {weakest.size > 0 ? <p className="text-sm text-muted">{t("indices.detail.weakestNote")}</p> : null}
      <DataTable
        caption={t("indices.detail.componentsCaption")}
        testId="index-components"
        columns={[t("indices.col.component"), t("indices.col.max"), t("indices.col.weight"), t("indices.col.componentScore"), t("indices.col.share"), t("indices.col.lead"), t("indices.col.coordinate")]}
      >
        {values.map(({ component: c, value }) => {
          const share = shareOfMax(value);
          const isWeak = weakest.has(c.code);
          const lead = c.owners.filter((o) => o.role === "LEAD").map((o) => o.agencyName);
          const coordinating = c.owners.filter((o) => o.role === "COORDINATE").map((o) => o.agencyName);
          return (
            <tr
              key={c.id}
              data-testid={`component-${c.code}`}
              data-weakest={isWeak ? "true" : undefined}
              className={isWeak ? "bg-accent-100" : undefined}
            >
              <th scope="row" className={`${tdClass} font-medium`}>
                {c.name}
                {isWeak ? (
                  <span className="ml-2 rounded bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white">{t("indices.weakest")}</span>
                ) : null}
              </th>
              <td className={`${tdClass} tabular-nums`}>
                {formatScoreValue(c.maxScore)}
                {!c.confirmed ? <span className="ml-1 text-xs text-muted">({t("indices.unconfirmed")})</span> : null}
              </td>
              <td className={`${tdClass} tabular-nums`}>{c.weight === null ? "" : formatScoreValue(c.weight)}</td>
              <td className={`${tdClass} tabular-nums`}>{value.score === null ? "" : formatScoreValue(value.score)}</td>
              <td className={`${tdClass} tabular-nums`}>{share === null ? "" : formatPercent(share)}</td>
              <td className={tdClass}>{lead.length > 0 ? lead.join(", ") : t("indices.owners.none")}</td>
              <td className={tdClass}>{coordinating.join(", ")}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
