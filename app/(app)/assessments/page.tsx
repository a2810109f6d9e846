// The yearly agency assessment, a group and a year at a time: scores, rank, rating and alerts.
// Agency staff see their own agency's row only (the data layer's scope).
import type { Metadata } from "next";
import Link from "next/link";
import { AlertList } from "@/components/assessments/alert-list";
import { AssessmentFilter, parseBoardQuery } from "@/components/assessments/assessment-filter";
import { tdClass } from "@/components/indices/display";
import { DataTable } from "@/components/indices/data-table";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getAssessmentBoard, listAssessmentYears } from "@/lib/data/assessments";
import { listRatingBands } from "@/lib/data/province/assessments";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";

export const metadata: Metadata = { title: t("assessments.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const score = (value: number | null) => (value === null ? "" : formatScoreValue(value));

export default async function AssessmentsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const [years, asOf] = await Promise.all([listAssessmentYears(viewer), getDataAsOf()]);
  const { year, group } = parseBoardQuery(await searchParams, years, Number(asOf.slice(0, 4)));
  const [rows, bands] = await Promise.all([getAssessmentBoard(viewer, year, group), listRatingBands(year)]);
  const groupLabel = t(`assessments.group.${group}`);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("assessments.heading")}</h1>
          <p className="text-foreground">{t("assessments.intro")}</p>
        </div>
        {can(viewer, "assessment.manage") ? (
          <Link href={`/assessments/entry?year=${year}&group=${group}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("assessments.manage")}
          </Link>
        ) : null}
      </div>
      <AssessmentFilter action="/assessments" years={years} year={year} group={group} />
      <section aria-labelledby="bands" className="space-y-2">
        <h2 id="bands" className="text-lg font-semibold text-brand-900">{t("assessments.bands.heading", { year })}</h2>
        {bands.length === 0 ? (
          <p className="text-muted">{t("assessments.bands.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {bands.map((b) => (
              <li key={b.rating}>{t("assessments.bands.row", { label: b.label, min: formatScoreValue(b.minScore) })}</li>
            ))}
          </ul>
        )}
      </section>
      {rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("assessments.none")}</p>
      ) : (
        <DataTable
          caption={t("assessments.boardCaption", { group: groupLabel, year })}
          testId="assessment-board"
          columns={[t("assessments.col.rank"), t("assessments.col.agency"), t("assessments.col.self"), t("assessments.col.appraised"), t("assessments.col.rating"), t("assessments.col.alerts")]}
        >
          {rows.map((r) => (
            <tr key={r.agencyId} data-testid={`board-row-${r.agencyId}`}>
              <td className={`${tdClass} tabular-nums`}>{r.rank ?? ""}</td>
              <th scope="row" className={`${tdClass} font-medium`}>
                <Link href={`/agencies/${r.agencyId}`} className="text-brand-700 underline">{r.agencyName}</Link>
              </th>
              <td className={`${tdClass} tabular-nums`}>{score(r.selfScore)}</td>
              <td className={`${tdClass} tabular-nums`}>{score(r.appraisedScore)}</td>
              <td className={tdClass}>{r.rating === null ? "" : t(`assessments.rating.${r.rating}`)}</td>
              <td className={`${tdClass} min-w-64`}>
                <AlertList alerts={r.alerts} compact />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
