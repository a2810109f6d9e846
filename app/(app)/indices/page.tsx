// The five indices at a glance: the merged province's latest published score and rank (change on the
// year before), and the two former provinces' latest results, which stay theirs (issue 15).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getIndexSummaries } from "@/lib/data/indices";
import { t } from "@/lib/i18n";
import { changeText, placesText, rankText, scoreText, tdClass } from "@/components/indices/display";
import { DataTable } from "@/components/indices/data-table";

export const metadata: Metadata = { title: t("indices.title") };

export default async function IndicesPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "scorecard.read")) notFound();
  const summaries = await getIndexSummaries(viewer);

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("indices.heading")}</h1>
        <p className="text-foreground">{t("indices.intro")}</p>
      </div>
      {summaries.length === 0 ? (
        <p className="text-muted">{t("indices.none")}</p>
      ) : (
        <DataTable
          caption={t("indices.tableCaption")}
          testId="indices-table"
          columns={[t("indices.col.index"), t("indices.col.latestYear"), t("indices.col.score"), t("indices.col.scoreChange"), t("indices.col.rank"), t("indices.col.rankChange"), t("org.indices.col.formerProvinces")]}
        >
          {summaries.map((index) => (
            <tr key={index.code} data-testid={`index-row-${index.code}`}>
              <th scope="row" className={`${tdClass} font-medium`}>
                <Link href={`/indices/${index.code}`} className="text-brand-700 underline">
                  {index.name}
                </Link>
              </th>
              <td className={tdClass}>
                {index.latestYear ?? t("indices.notPublished")}
                {index.recalculated ? <span className="block text-xs text-accent-700" data-testid="recalculated">{t("org.indices.recalculated")}</span> : null}
              </td>
              <td className={`${tdClass} tabular-nums`}>{scoreText(index.score, index.unit)}</td>
              <td className={`${tdClass} tabular-nums`}>{changeText(index.scoreChange)}</td>
              <td className={`${tdClass} tabular-nums`}>{rankText(index.rank, index.rankOf)}</td>
              <td className={`${tdClass} tabular-nums`}>{placesText(index.rankChange)}</td>
              <td className={`${tdClass} text-xs`} data-testid={`index-former-${index.code}`}>
                <ul className="space-y-0.5">
                  {index.former.map((f) => (
                    <li key={f.province}>
                      {t("org.indices.formerLatest", { province: f.province, year: f.latestYear ?? "", score: scoreText(f.score, index.unit), rank: rankText(f.rank, f.rankOf) })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
